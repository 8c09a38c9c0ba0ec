package kiosque.index;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import kiosque.extract.Extraction;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import kiosque.search.ArchiveQuery;
import kiosque.search.Hit;
import kiosque.search.LuceneArchive;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An archive written with the stock codec (before Kiosque's own) keeps working as new articles join it. */
class ArchiveCodecTest {

    @TempDir Path dir;

    private static Article article(String id, String body) {
        return new Article(id, "Titre " + id, "", body, PartialDate.parse("2019-03-04"), null, null);
    }

    @Test void anArchiveOfTheStockCodecOpensTakesNewArticlesAndShowsThemAll() throws Exception {
        try (FSDirectory d = FSDirectory.open(dir);
             IndexWriter stock = new IndexWriter(d, new IndexWriterConfig(FrenchAnalysis.perField()))) {
            stock.addDocument(ArticleDocuments.facetsConfig().build(ArticleDocuments.toDocument(
                    article("ancien", "Le sommet de Moscou s'est tenu hier."), Extraction.EMPTY)));
            stock.commit();
        }
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            assertEquals(ArchiveWriter.Outcome.INDEXED, w.add(article("nouveau", "Un second sommet à Moscou est prévu."), Extraction.EMPTY));
            w.commit();
        }
        Set<String> codecs = new TreeSet<>();
        try (FSDirectory d = FSDirectory.open(dir)) {
            SegmentInfos.readLatestCommit(d).forEach(s -> codecs.add(s.info.getCodec().getName()));
        }
        assertEquals(Set.of("Lucene104", ArchiveCodec.NAME), codecs, "old segment kept, new one in Kiosque's codec");
        try (LuceneArchive archive = LuceneArchive.open(dir)) {
            var r = archive.search(ArchiveQuery.of("sommet moscou"));
            assertEquals(Set.of("ancien", "nouveau"), Set.copyOf(r.hits().stream().map(Hit::id).toList()));
            assertTrue(r.hits().stream().allMatch(h -> h.excerpts().stream().anyMatch(e -> e.contains("<mark>sommet</mark>"))),
                    "both articles' text read back for their excerpts");
        }
    }
}
