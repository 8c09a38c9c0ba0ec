package kiosque.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class FrenchAnalysisTest {

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    private final Analyzer text = FrenchAnalysis.text();

    @Test void elisionIsRemovedWithStraightAndCurlyApostrophes() throws IOException {
        assertEquals(tokens(text, "entrée"), tokens(text, "l'entrée"));
        assertEquals(tokens(text, "entrée"), tokens(text, "l’entrée"));
        assertEquals(tokens(text, "ici"), tokens(text, "jusqu'ici"));
        assertEquals(tokens(text, "il"), tokens(text, "qu’il"));
    }

    @Test void accentsFoldBothWaysAndPluralsMeet() throws IOException {
        assertEquals(tokens(text, "negociation"), tokens(text, "négociations"));
        assertEquals(tokens(text, "Eric"), tokens(text, "Éric"));
        assertEquals(tokens(text, "etats unis"), tokens(text, "États-Unis"));
    }

    @Test void stopWordsGoWithOrWithoutTheirAccents() throws IOException {
        assertEquals(List.of(), tokens(text, "même"));
        assertEquals(List.of(), tokens(text, "meme"));
        assertEquals(tokens(text, "feux"), tokens(text, "les feux"));
    }

    @Test void hyphenatedWordsGiveTheirPartsAndStopWordsAreDropped() throws IOException {
        List<String> t = tokens(text, "un cessez-le-feu immédiat");
        assertEquals(List.of("cesez", "feu", "imediat"), t); // light stemming also drops doubled consonants
    }

    @Test void namesAreFoldedButNotStemmed() throws IOException {
        Analyzer names = FrenchAnalysis.names();
        assertEquals(List.of("jean", "francois", "erdogan"), tokens(names, "Jean-François Erdoğan"));
        assertEquals(List.of("etats", "unis"), tokens(names, "États-Unis"));
    }

    @Test void nameKeysMeetAcrossAccentsCaseAndHyphens() {
        assertEquals(NameKey.of("Erdogan"), NameKey.of("ERDOĞAN"));
        assertEquals(NameKey.of("Jean Francois"), NameKey.of("Jean-François"));
    }
}
