package kiosque.search;

import static org.junit.jupiter.api.Assertions.*;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    static List<String> sentences(String text) {
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        List<String> out = new ArrayList<>();
        for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) out.add(text.substring(start, end));
        return out;
    }

    @Test void frenchSentencesEndAtTheirMarks() {
        assertEquals(List.of("Le maire a parlé. ", "Qui l'a cru ? ", "Personne !\n", "Sous-titre\n« C'est fini. » ", "\"Puis\" il est parti…"),
                sentences("Le maire a parlé. Qui l'a cru ? Personne !\nSous-titre\n« C'est fini. » \"Puis\" il est parti…"));
    }

    @Test void aFullStopBeforeALowerCaseWordOrInsideANumberEndsNothing() {
        assertEquals(List.of("Il a vu M. le maire, etc. et 3.5 millions. ", "Fin."), sentences("Il a vu M. le maire, etc. et 3.5 millions. Fin."));
    }

    @Test void followingAndPrecedingFindTheBoundariesAroundAnOffset() {
        String text = "Un. Deux trois. Quatre.";
        BreakIterator it = new SentenceBreaks();
        it.setText(text);
        int deux = text.indexOf("Deux"), quatre = text.indexOf("Quatre");
        assertEquals(deux, it.preceding(text.indexOf("trois")));
        assertEquals(quatre, it.following(text.indexOf("trois")));
        assertEquals(deux, it.following(0));
        assertEquals(0, it.preceding(deux));
        assertEquals(text.length(), it.following(quatre));
        assertTrue(it.isBoundary(deux) && it.isBoundary(0) && it.isBoundary(text.length()) && !it.isBoundary(deux + 1));
        assertEquals(text.length(), it.last());
        assertEquals(quatre, it.previous());
        assertThrows(IllegalArgumentException.class, () -> it.following(text.length() + 1));
    }

    @Test void emptyAndUnpunctuatedTextsAreOneSentence() {
        assertEquals(List.of(), sentences(""));
        assertEquals(List.of("sans point final"), sentences("sans point final"));
    }
}
