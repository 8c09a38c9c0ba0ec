package kiosque.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits French text into words, elided articles (« l' », « d' », « qu' ») and single punctuation marks.
 * Hyphenated words stay whole (« Jean-François », « cessez-le-feu ») so names keep their shape.
 *
 * <p>Written as a scanner rather than a regular expression: tokenising is run on every article at index time,
 * and the equivalent pattern ({@link #PATTERN}, kept as the reference the tests compare against) cost a
 * sixth of the extraction time.
 */
final class FrenchTokenizer {
    /** The tokens this scanner produces, as a regular expression (reference for tests). */
    static final String PATTERN = "(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\\p{L})"
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
            + "|\\S";
    /** Elided words, by length (all ASCII, as the pattern's (?i) folds ASCII only). */
    private static final String[][] ELIDED = {{}, {"l", "d", "j", "m", "n", "s", "t", "c"}, {"qu"}, {}, {}, {"jusqu"},
            {"lorsqu", "puisqu", "quoiqu", "presqu"}};

    /** One-character strings, shared: most punctuation tokens are one of a few characters. */
    private static final String[] SINGLE = new String[0x2100];
    static {
        for (char c = 0; c < SINGLE.length; c++) SINGLE[c] = String.valueOf(c);
    }

    private FrenchTokenizer() {}

    static List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length(), Integer.MAX_VALUE);
    }

    /**
     * The first {@code max} tokens of text[from, to), exactly as {@code tokenize(text.substring(from, to))} gives them
     * (offsets from {@code from}, {@code to} taken as the end of the text), without copying the text.
     */
    static List<Token> tokenize(String text, int from, int to, int max) {
        List<Token> out = new ArrayList<>(Math.min(max, (to - from) / 5 + 1));
        int i = from;
        while (i < to && out.size() < max) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') { i++; continue; }
            int end = elision(text, i, to);
            if (end < 0) {
                if (Character.isSurrogate(c)) {
                    int cp = codePointAt(text, i, to);
                    end = letterOrNumber(cp) ? wordEnd(text, i, to) : i + Character.charCount(cp);
                } else if (CharTable.is(c, CharTable.WORD)) end = wordEnd(text, i, to);
                else {
                    out.add(c < SINGLE.length ? Token.of(SINGLE[c], i - from, i + 1 - from) : Token.of(String.valueOf(c), i - from, i + 1 - from));
                    i++;
                    continue;
                }
            }
            out.add(Token.of(text.substring(i, end), i - from, end - from));
            i = end;
        }
        return out;
    }

    /** The code point at k when the text ends at {@code limit}: a surrogate pair cut by the limit is its high half alone. */
    private static int codePointAt(String text, int k, int limit) {
        char c = text.charAt(k);
        if (Character.isHighSurrogate(c) && k + 1 < limit) {
            char d = text.charAt(k + 1);
            if (Character.isLowSurrogate(d)) return Character.toCodePoint(c, d);
        }
        return c;
    }

    /** End of « l' », « qu' », « jusqu' »… at i when a letter follows the apostrophe, else -1. */
    private static int elision(String text, int i, int n) {
        int k = i;
        // (?i) without UNICODE_CASE folds ASCII only, so the elided word is a run of ASCII letters
        while (k < n && k - i < 7 && asciiLetter(text.charAt(k))) k++;
        if (k == i || k + 1 >= n || k - i > 6) return -1;
        char a = text.charAt(k);
        if (a != '\'' && a != '’' || !Character.isLetter(codePointAt(text, k + 1, n))) return -1;
        outer:
        for (String e : ELIDED[k - i]) {
            for (int j = 0; j < e.length(); j++) if ((text.charAt(i + j) | 0x20) != e.charAt(j)) continue outer; // ASCII letters: | 0x20 lowers
            return k + 1;
        }
        return -1;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** End of a word starting at i (the text ending at n): letters, marks, digits, joined by single hyphens, apostrophes or ampersands. */
    private static int wordEnd(String text, int i, int n) {
        int k = i + Character.charCount(codePointAt(text, i, n));
        while (true) {
            while (k < n) {
                char c = text.charAt(k);
                if (!Character.isSurrogate(c)) {
                    if ((CharTable.flags(c) & (CharTable.WORD | CharTable.MARK)) == 0) break;
                    k++;
                    continue;
                }
                int cp = codePointAt(text, k, n);
                if (!letterOrNumber(cp) && !mark(cp)) break;
                k += Character.charCount(cp);
            }
            if (k + 1 < n) {
                char j = text.charAt(k);
                if ((j == '-' || j == '\'' || j == '’' || j == '&') && wordAt(text, k + 1, n)) { k++; continue; }
            }
            return k;
        }
    }

    /** Whether the code point at k is a letter or a number. */
    private static boolean wordAt(String text, int k, int n) {
        char c = text.charAt(k);
        return Character.isSurrogate(c) ? letterOrNumber(codePointAt(text, k, n)) : CharTable.is(c, CharTable.WORD);
    }

    private static boolean letterOrNumber(int cp) {
        if (cp < 128) return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        if (Character.isLetter(cp)) return true;
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    private static boolean mark(int cp) {
        if (cp < 0x300) return false;
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /** True when token i opens a sentence, a paragraph, a quotation or a list item. */
    static boolean sentenceInitial(List<Token> tokens, int i, String text) {
        if (i == 0) return true;
        Token prev = tokens.get(i - 1);
        String p = prev.text();
        if (p.equals(".") || p.equals("!") || p.equals("?") || p.equals("…") || p.equals(":") || p.equals("«")
                || p.equals("\"") || p.equals("“") || p.equals("—") || p.equals("–") || p.equals("-") || p.equals("(")
                || p.equals(";")) return true;
        // a paragraph or line break between the two tokens
        for (int k = prev.end(); k < tokens.get(i).start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
    }
}
