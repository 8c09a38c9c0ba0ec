package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import kiosque.extract.EntityType;
import kiosque.index.ArticleDocuments;
import kiosque.index.FrenchAnalysis;
import kiosque.index.NameKey;
import kiosque.ingest.PartialDate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The embedded archive: a Lucene index on disk, searched through one {@link SearcherManager} that picks up
 * new commits (from this process or an indexer running beside it) within a second.
 */
public final class LuceneArchive implements Archive {

    /** Everything a hit shows, its excerpt text included, read in one visit of its stored fields. */
    private static final Set<String> LOADED_FIELDS = Set.of(ID, TITLE, DATE_ISO, URL, FACET_ACTOR, FACET_ORG, FACET_PLACE, BODY, LEDE);
    /** Excerpts come from the body, else from the lede: up to this many passages from each. */
    private static final String[] EXCERPT_FIELDS = {BODY, LEDE};
    private static final int[] EXCERPT_PASSAGES = {3, 1};
    private static final int EXCERPT_MAX_LENGTH = 200_000;
    private static final PassageScores PASSAGE_SCORES = new PassageScores();
    private static final int EXCERPT_FALLBACK_CHARS = 280;
    /** Lucene's own default: past this many hits, the top-hits pass may skip documents that cannot make the page. */
    private static final int TOP_HITS_COUNTED = 1_000;

    private final FSDirectory directory;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = ArticleDocuments.facetsConfig();
    private final TextQueryParser parser = new TextQueryParser();
    private final Analyzer analyzer = FrenchAnalysis.perField();
    private final ScheduledExecutorService refresher;
    private volatile long timeoutMillis = 5_000;

    private LuceneArchive(FSDirectory directory, SearcherManager searchers) {
        this.directory = directory;
        this.searchers = searchers;
        this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "archive-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleWithFixedDelay(this::refreshQuietly, 1, 1, TimeUnit.SECONDS);
    }

    /** Opens the archive in {@code dir}; fails with a clear message when there is no index there. */
    public static LuceneArchive open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("no archive at " + dir + ": index articles first (./kiosque index PATH)");
        FSDirectory directory = FSDirectory.open(dir);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no archive at " + dir + ": index articles first (./kiosque index PATH)");
        }
        return new LuceneArchive(directory, new SearcherManager(directory, ArchiveSearcher.FACTORY));
    }

    /** How long one search may run before it is stopped and answered as too slow. */
    public void setTimeoutMillis(long millis) {
        this.timeoutMillis = millis;
    }

    /** Makes the latest commit visible now (the background refresh does it within a second anyway). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    private void refreshQuietly() {
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // A commit in progress by another process: the next round will see it.
        }
    }

    @Override public long size() {
        return withSearcher(s -> (long) s.getIndexReader().numDocs());
    }

    @Override public Optional<StoredArticle> article(String id) {
        return withSearcher(s -> {
            TopDocs td = s.search(new TermQuery(new Term(ID, id)), 1);
            if (td.scoreDocs.length == 0) return Optional.empty();
            Document doc = s.storedFields().document(td.scoreDocs[0].doc);
            return Optional.of(new StoredArticle(ArticleDocuments.toArticle(doc), ArticleDocuments.toExtraction(doc)));
        });
    }

    @Override public SearchResult search(ArchiveQuery q) {
        long t0 = System.nanoTime();
        return withSearcher(s -> {
            Query parsed = parser.parse(q.text(), false);
            // Rewritten once, here: the search, the total and the highlighter all use this form (a prefix or fuzzy
            // word expands to its terms once per request, not once per consumer).
            Query text = s.rewrite(parsed);
            Page page = run(s, q, text);
            if (page.total == 0 && !q.text().isBlank()) {
                // Nothing for the words as typed: try them as possibly misspelt (one or two edits away).
                Query fuzzy = parser.parse(q.text(), true);
                if (!fuzzy.equals(parsed)) {
                    text = s.rewrite(fuzzy);
                    page = run(s, q, text);
                }
            }
            List<Hit> hits = hits(s, page, text);
            long took = (System.nanoTime() - t0) / 1_000_000;
            return new SearchResult(page.total, took, hits, page.facets, page.next);
        });
    }

    private record Page(long total, ScoreDoc[] docs, Map<String, List<FacetValue>> facets, String next, NameAliases aliases) {}

    private Page run(ArchiveSearcher s, ArchiveQuery q, Query text) throws IOException {
        NameAliases aliases = s.aliases;
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (q.from() != null || q.to() != null) {
            long lo = q.from() == null ? Long.MIN_VALUE : q.from().start().toEpochDay();
            long hi = q.to() == null ? Long.MAX_VALUE : q.to().end().toEpochDay();
            base.add(LongPoint.newRangeQuery(DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        if (!q.mentioned().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String m : q.mentioned()) {
                PartialDate d = parseDate("mentioned", m);
                any.add(new TermQuery(new Term(MENTIONED_KEY, d.iso())), BooleanClause.Occur.SHOULD);
            }
            base.add(any.build(), BooleanClause.Occur.FILTER);
        }
        if (!q.speakers().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String sp : q.speakers())
                for (String v : aliases.expand(FACET_SPEAKER, sp))
                    any.add(new TermQuery(new Term(SPEAKER_KEY, NameKey.of(v))), BooleanClause.Occur.SHOULD);
            base.add(any.build(), BooleanClause.Occur.FILTER);
        }
        Query filtered = base.build();
        DrillDownQuery ddq = new DrillDownQuery(facetsConfig, filtered);
        addDrillDowns(ddq, FACET_ACTOR, q.actors(), aliases);
        addDrillDowns(ddq, FACET_ORG, q.orgs(), aliases);
        addDrillDowns(ddq, FACET_PLACE, q.places(), aliases);

        Sort sort = sortFor(q.sort());
        FieldDoc after = q.cursor() == null ? null : Cursor.decode(q.cursor(), q.sort());
        int offset = after != null ? 0 : (q.page() - 1) * q.size();
        int topN = offset + q.size() + 1; // one more than shown tells whether a next page exists

        // A searcher of its own for this request (cheap: same reader), so a runaway query is cut off alone.
        IndexSearcher bounded = new IndexSearcher(s.getIndexReader());
        // Lucene's drill-sideways scorer must see whole segments, which a time limit would cut into windows.
        boolean drilled = !q.actors().isEmpty() || !q.orgs().isEmpty() || !q.places().isEmpty();
        if (!drilled) bounded.setTimeout(new QueryTimeoutImpl(timeoutMillis));
        TopDocs top;
        Map<String, List<FacetValue>> facets;
        long exactTotal = -1;
        if (s.facetOrdinals == null || !q.facets().any()) {
            top = bounded.searchAfter(after, drilled ? ddq : filtered, topN, sort, false);
            facets = Map.of();
        } else if (!drilled) {
            // No facet filter, so no sideways counts. Two passes: the top hits, where Lucene skips the documents whose
            // best possible score cannot reach the page, then the matching documents without computing one score. A
            // single pass collecting both must score every match: for a word in 7,000 articles, most of the answer.
            top = bounded.search(filtered, new TopFieldCollectorManager(sort, topN, after, TOP_HITS_COUNTED));
            FacetsCollector matching = bounded.timedOut() ? null : bounded.search(filtered, new FacetsCollectorManager());
            if (matching != null) exactTotal = matching.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            facets = bounded.timedOut() ? Map.of() : FacetLists.of(s.facetOrdinals, matching, Map.of(), q.facets());
        } else {
            DrillSideways.DrillSidewaysResult r = new CollectOnlyDrillSideways(bounded, facetsConfig, s.facetState)
                    .search(ddq, null, after, topN, sort, false);
            top = r.hits;
            Map<String, FacetsCollector> sideways = new HashMap<>();
            for (int i = 0; i < r.drillSidewaysDims.length; i++) sideways.put(r.drillSidewaysDims[i], r.drillSidewaysFacetsCollector[i]);
            facets = bounded.timedOut() ? Map.of() : FacetLists.of(s.facetOrdinals, r.drillDownFacetsCollector, sideways, q.facets());
        }
        if (bounded.timedOut())
            throw new BadQueryException("query too slow", "it was stopped after " + timeoutMillis + " ms; use fewer wildcards, fuzzy terms or OR-ed words");
        long total = top.totalHits.value();
        if (exactTotal >= 0) total = exactTotal;
        else if (top.totalHits.relation() != TotalHits.Relation.EQUAL_TO) total = s.count(ddq);
        int end = Math.min(top.scoreDocs.length, offset + q.size());
        ScoreDoc[] docs = offset >= end ? new ScoreDoc[0] : java.util.Arrays.copyOfRange(top.scoreDocs, offset, end);
        String next = q.size() > 0 && top.scoreDocs.length > offset + q.size() ? Cursor.encode(q.sort(), (FieldDoc) docs[docs.length - 1]) : null;
        return new Page(total, docs, facets, next, aliases);
    }

    private static void addDrillDowns(DrillDownQuery ddq, String dim, List<String> names, NameAliases aliases) {
        for (String name : names)
            for (String v : aliases.expand(dim, name)) ddq.add(dim, v);
    }

    private static PartialDate parseDate(String param, String value) {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("bad date", param + ": " + e.getMessage());
        }
    }

    /** Relevance or date, then the id, so equal scores always come in the same order and cursors are exact. */
    private static Sort sortFor(SortOrder order) {
        SortField id = new SortField(ID, SortField.Type.STRING);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, id);
            case DATE_ASC -> new Sort(dateField(false), id);
            case DATE_DESC -> new Sort(dateField(true), id);
        };
    }

    private static SortField dateField(boolean newestFirst) {
        SortField f = new SortField(DATE, SortField.Type.LONG, newestFirst);
        f.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE); // undated articles last either way
        return f;
    }

    private List<Hit> hits(ArchiveSearcher s, Page page, Query text) throws IOException {
        if (page.docs.length == 0) return List.of();
        int[] ids = new int[page.docs.length];
        for (int i = 0; i < ids.length; i++) ids[i] = page.docs[i].doc;
        // Each hit's stored fields are read (and decompressed) once; the highlighter takes the text from here.
        StoredFields stored = s.borrowStoredFields();
        Map<Integer, Document> docs = new HashMap<>();
        try {
            int[] inIndexOrder = ids.clone(); // neighbours share a compressed block: read forward through the file
            Arrays.sort(inIndexOrder);
            for (int id : inIndexOrder) docs.put(id, stored.document(id, LOADED_FIELDS));
        } finally {
            s.giveBack(stored);
        }
        List<List<String>> excerpts = excerpts(s, text, ids, docs);
        List<Hit> hits = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            Document doc = docs.get(ids[i]);
            List<String> shownExcerpts = excerpts.get(i) != null ? excerpts.get(i) : opening(doc);
            hits.add(new Hit(doc.get(ID), doc.get(TITLE), doc.get(DATE_ISO), doc.get(URL), shownExcerpts,
                    shown(page.aliases, FACET_ACTOR, ArticleDocuments.storedNames(doc, EntityType.PERSON)),
                    shown(page.aliases, FACET_PLACE, ArticleDocuments.storedNames(doc, EntityType.PLACE)),
                    shown(page.aliases, FACET_ORG, ArticleDocuments.storedNames(doc, EntityType.ORGANIZATION))));
        }
        return hits;
    }

    private static List<String> shown(NameAliases aliases, String dim, List<String> names) {
        return names.stream().map(n -> aliases.display(dim, n)).distinct().toList();
    }

    /**
     * Per hit, its passages matching the query: up to three from the body, else one from the lede, else null. The
     * lede is only highlighted for the hits whose body gave nothing (it used to be done for every hit and thrown away).
     */
    private List<List<String>> excerpts(ArchiveSearcher s, Query text, int[] docIds, Map<Integer, Document> docs) throws IOException {
        List<List<String>> out = new ArrayList<>(java.util.Collections.nCopies(docIds.length, (List<String>) null));
        try {
            ExcerptHighlighter highlighter = new ExcerptHighlighter(UnifiedHighlighter.builder(s, analyzer)
                    .withFormatter(new MarkedPassages())
                    .withBreakIterator(SentenceBreaks::new)
                    .withScorer(PASSAGE_SCORES)
                    .withMaxLength(EXCERPT_MAX_LENGTH)
                    .withMaxNoHighlightPassages(0), docs, s.fieldInfos);
            int[] pending = docIds.clone();
            int[] pendingIndex = java.util.stream.IntStream.range(0, docIds.length).toArray();
            for (int f = 0; f < EXCERPT_FIELDS.length && pending.length > 0; f++) {
                Object[] perDoc = highlighter.passages(EXCERPT_FIELDS[f], FieldProjection.onto(text, EXCERPT_FIELDS[f]), pending, EXCERPT_PASSAGES[f]);
                int left = 0;
                for (int i = 0; i < pending.length; i++) {
                    if (perDoc[i] instanceof List<?> l && !l.isEmpty()) {
                        @SuppressWarnings("unchecked") List<String> passages = (List<String>) l;
                        out.set(pendingIndex[i], passages);
                    } else {
                        pending[left] = pending[i];
                        pendingIndex[left++] = pendingIndex[i];
                    }
                }
                pending = java.util.Arrays.copyOf(pending, left);
                pendingIndex = java.util.Arrays.copyOf(pendingIndex, left);
            }
        } catch (TooComplexToDeterminizeException | IllegalArgumentException e) {
            // No excerpts rather than no answer: every hit opens with its first lines instead.
        }
        return out;
    }

    /** No match in the text (a filter-only search, or a title match): open with the lede or the first lines. */
    private static List<String> opening(Document doc) {
        String lede = doc.get(LEDE);
        String text = lede != null && !lede.isBlank() ? lede : doc.get(BODY) == null ? "" : doc.get(BODY);
        if (text.isBlank()) return List.of();
        return List.of(Html.escape(shorten(text.strip(), EXCERPT_FALLBACK_CHARS)));
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + " …";
    }

    /** Drill sideways that only collects: {@link FacetLists} counts every dimension from the collected documents. */
    private static final class CollectOnlyDrillSideways extends DrillSideways {
        CollectOnlyDrillSideways(IndexSearcher searcher, FacetsConfig config, SortedSetDocValuesReaderState state) {
            super(searcher, config, state);
        }

        @Override protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
            return null;
        }
    }

    /**
     * Exposes the highlighter's per-passage objects, so each excerpt is its own list entry, and takes the text from
     * the documents already read for the hits instead of reading them again.
     */
    private static final class ExcerptHighlighter extends UnifiedHighlighter {
        private final Map<Integer, Document> docs;
        private final FieldInfos fieldInfos;

        ExcerptHighlighter(Builder builder, Map<Integer, Document> docs, FieldInfos fieldInfos) {
            super(builder);
            this.docs = docs;
            this.fieldInfos = fieldInfos;
        }

        /** From the view's merged field infos: the stock method merges every segment's anew for each highlighter. */
        @Override protected FieldInfo getFieldInfo(String field) {
            return fieldInfos.fieldInfo(field);
        }

        Object[] passages(String field, Query q, int[] docIds, int max) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, q, docIds, new int[] {max}).get(field);
        }

        @Override protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> out = new ArrayList<>();
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                Document d = docs.get(doc);
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    String v = d == null ? null : d.get(fields[f]);
                    // As the stock loader: absent is empty, and the text is cut at the highlighter's maximum length.
                    values[f] = v == null ? "" : v.length() > getMaxLength() ? v.substring(0, getMaxLength()) : v;
                }
                out.add(values);
            }
            return out;
        }
    }

    private interface SearcherWork<T> {
        T apply(ArchiveSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            ArchiveSearcher s = (ArchiveSearcher) searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("query too complex", "it expands to more than " + IndexSearcher.getMaxClauseCount() + " terms");
        } catch (TooComplexToDeterminizeException e) {
            throw new BadQueryException("query too complex", "a pattern in the query is too complex to run");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public void close() throws IOException {
        refresher.shutdownNow();
        try {
            searchers.close();
        } finally {
            directory.close();
        }
    }
}
