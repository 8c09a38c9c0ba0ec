package kiosque.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Exactly {@code LowerCaseFilter} then {@code ASCIIFoldingFilter}, in one pass over each token with a table for
 * the Latin letters French uses: the two filters, one after the other, were about a tenth of the writer's time.
 * Every character below {@link #TABLE_SIZE} maps to what the two filters give it (computed from them, so the
 * output cannot drift); others, and surrogate pairs, go through the same two steps one character at a time.
 */
final class FoldedLowerCaseFilter extends TokenFilter {

    static final int TABLE_SIZE = 0x3000;
    /** For each character, its lower-cased, folded form: usually one character, « œ » gives « oe ». */
    private static final char[][] FOLDED = new char[TABLE_SIZE][];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) FOLDED[c] = Character.isSurrogate((char) c) ? null : fold((char) Character.toLowerCase(c));
    }

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] out = new char[64];

    FoldedLowerCaseFilter(TokenStream in) {
        super(in);
    }

    /** ASCIIFoldingFilter's folding of one (already lower-cased) character. */
    private static char[] fold(char c) {
        char[] folded = new char[4];
        int n = ASCIIFoldingFilter.foldToASCII(new char[] {c}, 0, folded, 0, 1);
        return java.util.Arrays.copyOf(folded, n);
    }

    @Override public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buf = term.buffer();
        int len = term.length();
        boolean plain = true;
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= 0x80) {
                plain = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') buf[i] = (char) (c + ('a' - 'A'));
        }
        if (plain) return true;
        out = ArrayUtil.grow(out, len * 4);
        int o = 0;
        for (int i = 0; i < len; ) {
            char c = buf[i];
            if (c < 0x80) {
                out[o++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
                i++;
            } else if (c < TABLE_SIZE) {
                for (char f : FOLDED[c]) out[o++] = f;
                i++;
            } else {
                int cp = Character.codePointAt(buf, i, len);
                i += Character.charCount(cp);
                char[] lower = Character.toChars(Character.toLowerCase(cp));
                for (char l : lower) {
                    if (Character.isSurrogate(l)) out[o++] = l;
                    else o = ASCIIFoldingFilter.foldToASCII(new char[] {l}, 0, out, o, 1);
                }
            }
        }
        term.copyBuffer(out, 0, o);
        return true;
    }
}
