package kiosque.extract;

/**
 * Character classes and case folding of every UTF-16 unit, looked up once at start-up: the scanners of the
 * extractor ask them for every character of every article, and {@link Character}'s answers cost a table walk each.
 * Each answer is exactly the one {@link Character} gives for that char.
 */
final class CharTable {
    private CharTable() {}

    /** {@link Character#isLetter(char)}. */
    static final byte LETTER = 1;
    /** {@link Character#isDigit(char)}. */
    static final byte DIGIT = 2;
    /** {@link Character#isLetterOrDigit(char)}. */
    static final byte LETTER_OR_DIGIT = 4;
    /** A letter or a number of any kind (decimal, letter, other): what a word of the tokenizer is made of. */
    static final byte WORD = 8;
    /** A combining mark (non-spacing, enclosing, spacing). */
    static final byte MARK = 16;

    private static final byte[] FLAGS = new byte[0x10000];
    private static final char[] FOLD = new char[0x10000];
    static {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            int f = 0;
            if (Character.isLetter(ch)) f |= LETTER;
            if (Character.isDigit(ch)) f |= DIGIT;
            if (Character.isLetterOrDigit(ch)) f |= LETTER_OR_DIGIT;
            int t = Character.getType(c);
            if (Character.isLetter(c) || t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) f |= WORD;
            if (t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK) f |= MARK;
            FLAGS[c] = (byte) f;
            FOLD[c] = Character.toLowerCase(Character.toUpperCase(ch));
        }
    }

    static boolean is(char c, byte flag) { return (FLAGS[c] & flag) != 0; }

    /** All the classes of {@code c}, to test several at once. */
    static int flags(char c) { return FLAGS[c]; }

    /** The case folding of case-insensitive Unicode regular expressions: the lower case of the upper case. */
    static char fold(char c) { return FOLD[c]; }
}
