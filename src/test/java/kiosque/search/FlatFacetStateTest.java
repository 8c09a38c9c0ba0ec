package kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import kiosque.index.ArticleDocuments;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive's flat facet state against Lucene's default one: the same dimensions, ordinals, labels and counts. */
class FlatFacetStateTest {

    @Test void sameRangesLabelsAndCountsAsLuceneOnSeveralSegments(@TempDir Path dir) throws Exception {
        FacetsConfig config = ArticleDocuments.facetsConfig();
        FacetOrdinalsTest.writeSegments(dir, config);
        assertSameAsLucene(dir, config);
    }

    @Test void sameOnOneSegmentWithDimensionsSharingAPrefix(@TempDir Path dir) throws Exception {
        FacetsConfig config = new FacetsConfig();
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < 50; i++) {
                Document doc = new Document();
                // « month » and « monthly »: a dimension whose name continues another's must not swallow it.
                doc.add(new SortedSetDocValuesFacetField("month", "2020-0" + (1 + i % 9)));
                doc.add(new SortedSetDocValuesFacetField("monthly", "m" + (i % 4)));
                doc.add(new SortedSetDocValuesFacetField("z", "last " + (i % 3)));
                writer.addDocument(config.build(doc));
            }
        }
        assertSameAsLucene(dir, config);
    }

    @Test void aHierarchicalDimensionIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        FacetsConfig config = new FacetsConfig();
        config.setHierarchical("place", true);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new SortedSetDocValuesFacetField("place", "France", "Lyon"));
            writer.addDocument(config.build(doc));
        }
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FlatFacetState(reader, config));
            assertTrue(e.getMessage().contains("'place'"), e.getMessage());
        }
    }

    private static void assertSameAsLucene(Path dir, FacetsConfig config) throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            SortedSetDocValuesReaderState lucene = new DefaultSortedSetDocValuesReaderState(reader, config);
            SortedSetDocValuesReaderState ours = new FlatFacetState(reader, config);
            assertEquals(lucene.getSize(), ours.getSize());
            assertEquals(lucene.getPrefixToOrdRange(), ours.getPrefixToOrdRange());
            SortedSetDocValues a = lucene.getDocValues(), b = ours.getDocValues();
            for (int ord = 0; ord < lucene.getSize(); ord++) assertEquals(a.lookupOrd(ord), b.lookupOrd(ord), "label of ordinal " + ord);
            SortedSetDocValuesFacetCounts expected = new SortedSetDocValuesFacetCounts(lucene), counted = new SortedSetDocValuesFacetCounts(ours);
            for (String dim : lucene.getPrefixToOrdRange().keySet()) {
                FacetResult e = expected.getAllChildren(dim), c = counted.getAllChildren(dim);
                assertEquals(e.toString(), c.toString(), dim);
            }
        }
    }
}
