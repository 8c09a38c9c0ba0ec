package kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Archive-wide name merging on invented article counts. */
class NameAliasesTest {

    private static NameAliases actors(Object... nameCount) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < nameCount.length; i += 2) m.put((String) nameCount[i], ((Integer) nameCount[i + 1]).longValue());
        return NameAliases.fromCounts(Map.of("actor", m));
    }

    @Test void aSurnameAloneJoinsTheOnlyFullNameEndingWithIt() {
        NameAliases a = actors("Vladimir Ivanov", 40, "Ivanov", 12);
        assertEquals("Vladimir Ivanov", a.display("actor", "Ivanov"));
        assertEquals(List.of("Vladimir Ivanov", "Ivanov"), a.expand("actor", "Vladimir Ivanov"));
    }

    @Test void aSurnameAloneJoinsAFullNameThatOutnumbersTheOthersTenfold() {
        NameAliases a = actors("Paul Verdier", 300, "Claire Verdier", 12, "Anne Verdier", 8, "Verdier", 50);
        assertEquals("Paul Verdier", a.display("actor", "Verdier"));
        assertTrue(a.expand("actor", "Paul Verdier").contains("Verdier"));
        assertEquals("Claire Verdier", a.display("actor", "Claire Verdier"));
    }

    @Test void aSurnameSharedByComparablePeopleStaysApart() {
        NameAliases a = actors("Paul Verdier", 100, "Claire Verdier", 40, "Verdier", 20);
        assertEquals("Verdier", a.display("actor", "Verdier"));
        assertEquals(List.of("Verdier"), a.expand("actor", "Verdier"));
    }

    @Test void accentAndCaseVariantsAreOneEntryUnderTheCommonerSpelling() {
        NameAliases a = actors("Recep Tayyip Erdoğan", 5, "Recep Tayyip Erdogan", 30);
        assertEquals("Recep Tayyip Erdogan", a.display("actor", "Recep Tayyip Erdoğan"));
    }

    @Test void aSpeakerSurnameMergesOnlyAsAmongPeopleSoAnAgencyKeepsItsName() {
        Map<String, Long> actors = new LinkedHashMap<>(Map.of("Paul Verdier", 50L, "Verdier", 9L));
        Map<String, Long> speakers = new LinkedHashMap<>(Map.of("Paul Verdier", 20L, "Verdier", 4L,
                "AFP", 300L, "Radio Nord-Soir-AFP", 1L));
        NameAliases a = NameAliases.fromCounts(Map.of("actor", actors, "speaker", speakers));
        assertEquals("Paul Verdier", a.display("speaker", "Verdier"));
        assertEquals("AFP", a.display("speaker", "AFP"));
        assertEquals(List.of("AFP"), a.expand("speaker", "AFP"));
    }
}
