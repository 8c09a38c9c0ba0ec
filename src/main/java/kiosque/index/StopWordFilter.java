package kiosque.index;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's StopFilter (positions of dropped words kept), but a word longer than the longest stop word is kept
 * without hashing it: most words of running text are, and the set lookup was a twentieth of indexing.
 */
final class StopWordFilter extends FilteringTokenFilter {
    private final CharArraySet stopWords;
    private final int longest;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    StopWordFilter(TokenStream in, CharArraySet stopWords, int longest) {
        super(in);
        this.stopWords = stopWords;
        this.longest = longest;
    }

    /** Length of the longest word in the set. */
    static int longest(CharArraySet words) {
        int max = 0;
        for (Object w : words) max = Math.max(max, ((char[]) w).length);
        return max;
    }

    @Override protected boolean accept() {
        int length = term.length();
        return length > longest || !stopWords.contains(term.buffer(), 0, length);
    }
}
