package kiosque.bench;

import static kiosque.index.ArchiveField.*;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

import kiosque.index.ArticleDocuments;
import kiosque.index.FrenchAnalysis;

/**
 * The query-side limit: the benchmark query put to Kiosque's index with nothing but Lucene in the same JVM:
 * classic query parser over title / lede / body, filters, top 10 with their stored id, title and date, and the
 * actor / org / place / month counts in the same pass (drill sideways when an actor filter is set, so that the
 * actor counts ignore it, as Kiosque's multi-select facets do). No excerpts, no HTTP, no JSON.
 */
public final class LuceneInProcess implements Closeable {

    static final int FACET_SIZE = 10;
    private static final String[] FIELDS = {TITLE, LEDE, BODY};
    /** As Kiosque's own parser weighs them. */
    private static final Map<String, Float> BOOSTS = Map.of(TITLE, 3f, LEDE, 1.5f, BODY, 1f);
    private static final Set<String> SHOWN = Set.of(ID, TITLE, DATE_ISO);

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final FacetsConfig config = ArticleDocuments.facetsConfig();
    private final SortedSetDocValuesReaderState facetState;
    private final org.apache.lucene.analysis.Analyzer analyzer = FrenchAnalysis.perField();

    public LuceneInProcess(Path kiosqueIndex) throws IOException {
        this.directory = FSDirectory.open(kiosqueIndex);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.facetState = new DefaultSortedSetDocValuesReaderState(reader, config); // built once, as any server would
    }

    /** Answers the query; returns the number of matching articles. */
    public long answer(BenchQuery q) throws Exception {
        Query query = query(q);
        Sort sort = q.newestFirst()
                ? new Sort(new SortField(DATE, SortField.Type.LONG, true), new SortField(ID, SortField.Type.STRING))
                : new Sort(SortField.FIELD_SCORE, new SortField(ID, SortField.Type.STRING));
        TopDocs top;
        Facets facets;
        if (query instanceof DrillDownQuery filtered) {
            // Multi-select, as Kiosque answers: the actor counts ignore the actor filter (drill sideways).
            DrillSideways.DrillSidewaysResult r = new DrillSideways(searcher, config, facetState).search(filtered, null, null, 10, sort, false);
            top = r.hits;
            facets = r.facets;
        } else {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, 10, sort, new FacetsCollectorManager());
            top = result.topDocs();
            facets = new SortedSetDocValuesFacetCounts(facetState, result.facetsCollector());
        }
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : top.scoreDocs) stored.document(hit.doc, SHOWN);
        for (String dim : List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE)) {
            if (facetState.getOrdRange(dim) != null) facets.getTopChildren(FACET_SIZE, dim);
        }
        if (facetState.getOrdRange(FACET_MONTH) != null) facets.getAllChildren(FACET_MONTH);
        return top.totalHits.value();
    }

    Query query(BenchQuery q) throws Exception {
        Query text;
        if (q.words().isEmpty()) {
            text = new MatchAllDocsQuery();
        } else {
            QueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS); // not thread-safe: one per query
            parser.setDefaultOperator(QueryParser.Operator.AND);
            text = parser.parse(q.queryText());
        }
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().toEpochDay();
            base.add(org.apache.lucene.document.LongPoint.newRangeQuery(DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (q.actor() == null) return base.build();
        DrillDownQuery filtered = new DrillDownQuery(config, base.build());
        filtered.add(FACET_ACTOR, q.actor());
        return filtered;
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
