package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article's expectations (issue 2): actors, places, dates and the attributed quote. */
class FrenchExtractorSeedTest {
    static Extraction x;

    @BeforeAll static void extractSeed() throws Exception {
        String raw = Files.readString(Path.of("seeds/000_ec6a9856f8f00feb.txt"));
        // seed format: a leading « date YYYY-MM » line, then the body
        String body = raw.replaceFirst("^date \\S+\\s*", "");
        x = new FrenchExtractor().extract(new Article("000_ec6a9856f8f00feb", "", "", body, PartialDate.parse("2020-03"), null, null));
    }

    @Test void actorsHaveOneFullNameEach() {
        List<String> people = x.names(EntityType.PERSON);
        assertTrue(people.contains("Recep Tayyip Erdogan"), people.toString());
        assertTrue(people.contains("Vladimir Poutine"), people.toString());
        assertTrue(people.stream().anyMatch(p -> p.endsWith("Trump")), people.toString());
        assertFalse(people.contains("Erdogan"), "surname alone merged into the full name: " + people);
        assertFalse(people.stream().anyMatch(p -> p.startsWith("Monsieur") || p.startsWith("M.")), people.toString());
        Entity erdogan = x.entities().stream().filter(e -> e.name().equals("Recep Tayyip Erdogan")).findFirst().orElseThrow();
        assertEquals(2, erdogan.mentions().size());
    }

    @Test void placesOfTheConflict() {
        List<String> places = x.names(EntityType.PLACE);
        for (String p : List.of("Idlib", "Saraqeb", "Moscou", "Syrie")) assertTrue(places.contains(p), p + " in " + places);
    }

    @Test void datesResolvedAgainstTheMonthOfPublication() {
        List<String> values = x.dates().stream().filter(d -> d.value() != null).map(d -> d.value().iso()).toList();
        assertTrue(values.contains("2020-03-04"), values.toString());
        assertTrue(values.contains("2020-03-05"), values.toString());
        assertTrue(values.contains("2020-03-02"), values.toString());
    }

    @Test void quoteAttributedThroughTheRole() {
        Quote q = x.quotes().stream().filter(t -> t.text().startsWith("Les négociations à Moscou")).findFirst().orElseThrow();
        assertEquals("Les négociations à Moscou doivent conduire à un cessez-le-feu immédiat en Syrie", q.text());
        assertEquals("Recep Tayyip Erdogan", q.speaker());
    }

    @Test void offsetsPointAtTheText() throws Exception {
        String body = Files.readString(Path.of("seeds/000_ec6a9856f8f00feb.txt")).replaceFirst("^date \\S+\\s*", "");
        for (Entity e : x.entities())
            for (Mention m : e.mentions()) {
                String span = body.substring(m.start(), m.end());
                assertFalse(span.isBlank());
                assertTrue(ActorNames.normalizeKey(e.name()).endsWith(ActorNames.surnameKey(span)) || e.type() != EntityType.PERSON, span + " → " + e.name());
            }
        for (Quote q : x.quotes()) assertEquals(q.text(), body.substring(q.start(), q.end()));
    }
}
