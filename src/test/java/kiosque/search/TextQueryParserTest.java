package kiosque.search;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** How prefixes and fuzzy words typed as spelt are compared with the light stems the index holds. */
class TextQueryParserTest {
    private final TextQueryParser parser = new TextQueryParser();

    private String parsed(String q) {
        return parser.parse(q, false).toString();
    }

    @Test void doubledLettersAreAlsoTriedWrittenOnce() {
        assertTrue(parsed("attent*").contains("body:atent*"), parsed("attent*"));
        assertTrue(parsed("attent*").contains("body:attent*"), "the prefix as typed stays");
        // Wider than asked (im* also takes image), but the index holds immeuble as imeubl: imm* alone finds nothing.
        assertTrue(parsed("imm*").contains("body:im*"), parsed("imm*"));
        assertFalse(parsed("lieu:ann*").contains("an*"), "names are not stemmed: " + parsed("lieu:ann*"));
    }

    @Test void aWordWhoseStopWordsWereDroppedIsNotTakenForItsRemainingPart() {
        assertFalse(parsed("sud-est*").contains("body:sud)"), parsed("sud-est*"));
        assertFalse(parsed("sud-est*").matches(".*body:sud[ )].*"), parsed("sud-est*"));
        assertFalse(parsed("sud-est~").contains("body:sud~"), parsed("sud-est~"));
        assertTrue(parsed("immeubles~").contains("body:imeubl~2"), "stemmed, two edits from eight letters typed: " + parsed("immeubles~"));
        assertTrue(parsed("l'attentat~").contains("body:atentat~"), "elision removed, the rest is the word: " + parsed("l'attentat~"));
    }
}
