package kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kiosque.index.ArticleDocuments;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kiosque's facet counting (in-heap ordinal tables per segment) against Lucene's own counts, on a multi-segment index. */
class FacetOrdinalsTest {

    private static final String[] DIMS = {"actor", "org", "place", "month"};

    @Test
    void countsOfTheWantedDimensionsEqualLuceneOwnOnEverySegmentLayout(@TempDir Path dir) throws Exception {
        FacetsConfig config = ArticleDocuments.facetsConfig();
        writeSegments(dir, config);
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.leaves().size() >= 5, "the index has several segments");
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
            FacetOrdinals asIndexed = new FacetOrdinals(state);
            FacetOrdinals ordinals = asIndexed.withAliases(NameAliases.build(asIndexed));
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Query query : new Query[] {new MatchAllDocsQuery(), new TermQuery(new Term("parity", "a")), new TermQuery(new Term("id", "3-5"))}) {
                FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
                SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state, collected);
                for (Set<String> wanted : List.of(Set.of(DIMS), Set.of("actor"), Set.of("month", "org"), Set.of("actor", "place"))) {
                OrdinalCounts ours = ordinals.count(collected, wanted::contains);
                SortedSetDocValues lookup = ordinals.lookup();
                for (String dim : wanted) {
                    FacetResult expected = lucene.getAllChildren(dim);
                    int[] nonZero = ordinals.all(dim, ours);
                    assertEquals(expected == null ? 0 : expected.childCount, nonZero.length, dim + " values for " + query + " counting " + wanted);
                    if (expected == null) continue;
                    for (LabelAndValue lv : expected.labelValues) {
                        long ord = lookup.lookupTerm(new org.apache.lucene.util.BytesRef(FacetsConfig.pathToString(dim, new String[] {lv.label})));
                        assertEquals(lv.value.intValue(), ours.get((int) ord), dim + " " + lv.label + " for " + query);
                    }
                }
                ordinals.release(ours);
                }
            }
        }
    }

    /** Five segments of different sizes and value sets (so that segment and global ordinals differ), some deletions. */
    static void writeSegments(Path dir, FacetsConfig config) throws Exception {
        Random random = new Random(7);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < 5; segment++) {
                for (int i = 0; i < 200 + segment * 150; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", segment + "-" + i, Field.Store.NO));
                    doc.add(new StringField("parity", i % 3 == 0 ? "a" : "b", Field.Store.NO));
                    for (String dim : new String[] {"actor", "org", "place"}) {
                        int n = random.nextInt(4); // some documents carry none
                        for (int v = 0; v < n; v++) doc.add(new SortedSetDocValuesFacetField(dim, dim + " " + random.nextInt(40 + segment * 30)));
                    }
                    doc.add(new SortedSetDocValuesFacetField("month", "20" + (10 + segment) + "-0" + (1 + random.nextInt(9))));
                    writer.addDocument(config.build(doc));
                }
                writer.deleteDocuments(new Term("id", segment + "-7"));
                writer.commit();
            }
        }
    }

    /** The archive-wide counts the name merging is built from are Lucene's count of every live document. */
    @Test
    void liveDocumentCountsEqualLuceneCountOfTheWholeIndex(@TempDir Path dir) throws Exception {
        FacetsConfig config = ArticleDocuments.facetsConfig();
        writeSegments(dir, config);
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.numDeletedDocs() > 0, "the index has deletions");
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
            FacetOrdinals ordinals = new FacetOrdinals(state);
            OrdinalCounts ours = ordinals.countLiveDocuments(Set.of("actor", "org")::contains);
            SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(state);
            SortedSetDocValues lookup = ordinals.lookup();
            for (String dim : new String[] {"actor", "org"}) {
                FacetResult expected = lucene.getAllChildren(dim);
                assertEquals(expected.childCount, ordinals.all(dim, ours).length, dim + " values");
                for (LabelAndValue lv : expected.labelValues) {
                    long ord = lookup.lookupTerm(new org.apache.lucene.util.BytesRef(FacetsConfig.pathToString(dim, new String[] {lv.label})));
                    assertEquals(lv.value.intValue(), ours.get((int) ord), dim + " " + lv.label);
                }
            }
        }
    }

    /**
     * The labels read in bulk, segment by segment (as the name merging does while the server starts), are the labels
     * an ordinal-by-ordinal lookup gives, over segments whose ordinals differ from the global ones; a value holding
     * the facet module's delimiter is unescaped as the module does.
     */
    @Test
    void labelsResolvedInBulkEqualThoseLookedUpOneByOne(@TempDir Path dir) throws Exception {
        FacetsConfig config = ArticleDocuments.facetsConfig();
        writeSegments(dir, config);
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            Document doc = new Document();
            doc.add(new SortedSetDocValuesFacetField("actor", "Anne\u001fLe Gall"));
            doc.add(new SortedSetDocValuesFacetField("org", "Élysée"));
            writer.addDocument(config.build(doc));
            writer.commit();
        }
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, config);
            FacetOrdinals bulk = new FacetOrdinals(state), oneByOne = new FacetOrdinals(state);
            bulk.resolveLabels(List.of("actor", "org"));
            SortedSetDocValues lookup = oneByOne.lookup();
            Set<String> seen = new java.util.HashSet<>();
            for (String dim : new String[] {"actor", "org"}) {
                SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
                for (int ord = range.start(); ord <= range.end(); ord++) {
                    String expected = oneByOne.label(ord, lookup);
                    // No lookup for the bulk side: it can only answer with a label resolved already.
                    assertEquals(expected, bulk.label(ord, null), dim + " ordinal " + ord);
                    seen.add(expected);
                }
            }
            assertTrue(seen.contains("Anne\u001fLe Gall") && seen.contains("Élysée"), "the escaped and the accented value were read: " + seen.size());
            assertTrue(seen.size() > 300, "every segment's values were read: " + seen.size());
        }
    }
}
