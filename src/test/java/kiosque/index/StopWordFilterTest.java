package kiosque.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

/** The length short-cut must drop exactly what Lucene's StopFilter drops, and keep the gaps phrases rely on. */
class StopWordFilterTest {

    private static List<String> run(String text, boolean ours) throws IOException {
        WhitespaceTokenizer source = new WhitespaceTokenizer();
        source.setReader(new StringReader(text));
        TokenStream ts = ours
                ? new StopWordFilter(source, FrenchAnalysis.FOLDED_STOP_WORDS, StopWordFilter.longest(FrenchAnalysis.FOLDED_STOP_WORDS))
                : new StopFilter(source, FrenchAnalysis.FOLDED_STOP_WORDS);
        List<String> out = new ArrayList<>();
        try (ts) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term + "+" + inc.getPositionIncrement());
            ts.end();
        }
        return out;
    }

    @Test void dropsTheSameWordsAsLuceneStopFilter() throws IOException {
        // Every stop word (the longest included), words one letter longer, and ordinary words around them.
        StringBuilder text = new StringBuilder("le gouvernement seraient seraientx auraient etaient presidentielle a");
        for (String w : FrenchAnalysis.foldedStopWords()) text.append(' ').append(w).append(' ').append(w).append('s').append(" mot");
        List<String> expected = run(text.toString(), false);
        assertEquals(expected, run(text.toString(), true));
        assertEquals(List.of("gouvernement+2", "seraientx+2", "presidentielle+3"), expected.subList(0, 3));
    }
}
