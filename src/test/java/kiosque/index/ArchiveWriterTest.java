package kiosque.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** New ids are added without a delete-by-id; these check that an id still ends up in the archive exactly once. */
class ArchiveWriterTest {

    private static Article article(String id, String body) {
        return new Article(id, "Titre " + id, "", body, PartialDate.parse("2019-03-04"), null, null);
    }

    /** id → bodies of the live documents with that id. */
    private static Map<String, List<String>> liveDocs(Path dir) throws Exception {
        Map<String, List<String>> out = new HashMap<>();
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            StoredFields stored = reader.storedFields();
            org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) continue;
                Document d2 = stored.document(doc);
                out.computeIfAbsent(d2.get(ArchiveField.ID), k -> new ArrayList<>()).add(d2.get(ArchiveField.BODY));
            }
        }
        return out;
    }

    @Test void sameIdsFromSeveralThreadsAtOnceLeaveOneDocumentEach(@TempDir Path dir) throws Exception {
        int ids = 200, copies = 4;
        AtomicInteger indexed = new AtomicInteger(), replaced = new AtomicInteger();
        try (ArchiveWriter w = ArchiveWriter.open(dir); ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> tasks = new ArrayList<>();
            for (int t = 0; t < copies; t++) {
                int copy = t;
                tasks.add(pool.submit(() -> {
                    for (int i = 0; i < ids; i++) {
                        var outcome = w.add(article("a" + i, "Copie " + copy + " de l'article."), Extraction.EMPTY);
                        (outcome == ArchiveWriter.Outcome.INDEXED ? indexed : replaced).incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : tasks) f.get();
            w.commit();
        }
        Map<String, List<String>> live = liveDocs(dir);
        assertEquals(ids, live.size());
        live.forEach((id, bodies) -> assertEquals(1, bodies.size(), id + " is in the archive " + bodies.size() + " times"));
        assertEquals(ids, indexed.get());
        assertEquals(ids * (copies - 1), replaced.get());
    }

    @Test void anIdIndexedAgainInALaterRunReplacesTheCommittedArticle(@TempDir Path dir) throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.add(article("x", "Première version."), Extraction.EMPTY);
            w.add(article("y", "Autre article."), Extraction.EMPTY);
            w.commit();
        }
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            assertEquals(ArchiveWriter.Outcome.REPLACED, w.add(article("x", "Seconde version."), Extraction.EMPTY));
            assertEquals(ArchiveWriter.Outcome.INDEXED, w.add(article("z", "Nouvel article."), Extraction.EMPTY));
            w.commit();
        }
        Map<String, List<String>> live = liveDocs(dir);
        assertEquals(Map.of("x", List.of("Seconde version."), "y", List.of("Autre article."), "z", List.of("Nouvel article.")), live);
    }

    @Test void theStoredExtractionReadsBackAsWritten(@TempDir Path dir) throws Exception {
        Extraction x = new Extraction(
                List.of(new Entity(EntityType.PERSON, "Recep Tayyip Erdoğan", List.of(new Mention(Section.BODY, 10, 30), new Mention(Section.TITLE, 0, 7))),
                        new Entity(EntityType.PLACE, "Ankara", List.of(new Mention(Section.LEDE, 3, 9)))),
                List.of(new DateMention("mercredi 4 mars", PartialDate.parse("2020-03-04"), Section.BODY, 40, 55),
                        new DateMention("ce jour-là", null, Section.BODY, 60, 70),
                        new DateMention("en 2019", PartialDate.parse("2019"), Section.LEDE, 0, 7)),
                List.of(new Quote("Nous ne céderons pas", "Recep Tayyip Erdoğan", Section.BODY, 80, 100),
                        new Quote("Sans auteur « connu »", null, Section.BODY, 120, 141)));
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.add(article("e", "Un texte assez long pour porter les mentions ci-dessus et quelques autres encore, "
                    + "et même des citations entre guillemets."), x);
            w.commit();
        }
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            assertEquals(x, ArticleDocuments.toExtraction(reader.storedFields().document(0)));
        }
    }

    /** Filters drill down on values only: each value's full path is a term, the dimension alone is not. */
    @Test void drillDownTermsAreTheValuesPathsOnly(@TempDir Path dir) throws Exception {
        Extraction x = new Extraction(List.of(new Entity(EntityType.PERSON, "Anne Verdier", List.of(new Mention(Section.BODY, 0, 12))),
                new Entity(EntityType.PLACE, "Lyon", List.of(new Mention(Section.BODY, 20, 24)))), List.of(), List.of());
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.add(article("a", "Anne Verdier est à Lyon."), x);
            w.commit();
        }
        List<String> terms = new ArrayList<>();
        try (FSDirectory d = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(d)) {
            org.apache.lucene.index.TermsEnum e = org.apache.lucene.index.MultiTerms.getTerms(reader, "$facets").iterator();
            for (org.apache.lucene.util.BytesRef t = e.next(); t != null; t = e.next()) terms.add(t.utf8ToString().replace('\u001f', '/'));
        }
        assertEquals(List.of("actor/Anne Verdier", "month/2019-03", "place/Lyon", "year/2019"), terms);
    }
}
