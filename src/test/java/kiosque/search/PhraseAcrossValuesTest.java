package kiosque.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.index.ArchiveWriter;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's names and quotes are several values of one field each: a phrase matches inside one, never across two. */
class PhraseAcrossValuesTest {

    @Test void phrasesStayInsideOneNameAndOneQuote(@TempDir Path dir) throws Exception {
        String body = "« Nous voulons la paix », a dit Jean Dupont. « Demain commence le travail », a ajouté Marie Curie.";
        String first = "Nous voulons la paix", second = "Demain commence le travail";
        int a = body.indexOf(first), b = body.indexOf(second);
        Extraction x = new Extraction(
                List.of(person("Jean Dupont", body), person("Marie Curie", body)), List.of(),
                List.of(new Quote(first, "Jean Dupont", Section.BODY, a, a + first.length()),
                        new Quote(second, "Marie Curie", Section.BODY, b, b + second.length()),
                        // offsets that do not hold its text: analysed on its own, a value after the others
                        new Quote("Bientôt viendra l'été", "Marie Curie", Section.BODY, 0, 5)));
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.add(new Article("deux-voix", "Deux voix", "", body, PartialDate.parse("2021-06-01"), null, null), x);
            w.commit();
        }
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            assertEquals(1, total(archive, "acteur:\"marie curie\""));
            assertEquals(0, total(archive, "acteur:\"dupont marie\""), "the end of one name and the start of the next");
            assertEquals(1, total(archive, "orateur:\"jean dupont\""));
            assertEquals(0, total(archive, "orateur:\"dupont marie\""), "two speakers");
            assertEquals(1, total(archive, "citation:\"voulons la paix\""));
            assertEquals(1, total(archive, "citation:\"commence le travail\""));
            assertEquals(0, total(archive, "citation:\"paix demain\""), "the end of one quote and the start of the next");
            assertEquals(1, total(archive, "citation:\"viendra l'été\""), "a quote analysed on its own");
            assertEquals(0, total(archive, "citation:\"travail bientôt\""), "a placed quote and one analysed on its own");
            assertEquals(1, total(archive, "\"paix a dit\""), "the body itself is one value: its phrases are untouched");
        }
    }

    private static Entity person(String name, String body) {
        int at = body.indexOf(name);
        return new Entity(EntityType.PERSON, name, List.of(new Mention(Section.BODY, at, at + name.length())));
    }

    private static long total(LuceneArchive archive, String query) {
        return archive.search(ArchiveQuery.of(query)).total();
    }
}
