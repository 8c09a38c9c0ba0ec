package kiosque.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import kiosque.extract.FrenchExtractor;
import kiosque.opensearch.KiosqueOnOpenSearchBench;
import kiosque.opensearch.OpenSearchArchive;
import kiosque.opensearch.OpenSearchArchiveWriter;
import kiosque.opensearch.OpenSearchConnection;
import kiosque.index.ArchiveWriter;
import kiosque.ingest.Article;
import kiosque.search.StoredNameAliases;

/**
 * One run of {@code ./kiosque bench}: the same articles indexed by (a) Kiosque's pipeline, (b) its writer on
 * pre-extracted articles, (c) bare Lucene and (d) a real OpenSearch node; the same query mix put to Kiosque's
 * server over HTTP, to OpenSearch over HTTP and to Lucene in-process; then the server's smallest heap and its startup.
 * Temporary indexes live in a folder that is removed at the end.
 */
public final class Benchmark {

    private static final String OPENSEARCH_INDEX = "articles";
    private static final int BULK_BATCH = 500;
    /** Both full loads, (a) and (d), are timed after a warm-up load of this many articles: their JIT compilers need as long. */
    private static final int WARM_UP_ARTICLES = 40_000;

    private final BenchOptions options;
    private final PrintStream log;

    public Benchmark(BenchOptions options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public BenchReport run() throws IOException {
        Path work = Files.createTempDirectory("kiosque-bench-");
        try {
            return run(work);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Only the indexing runs (a), (b), (c) and, unless skipped, (d): no query mix, no memory probe, no startup.
     * For measuring indexing changes quickly; the figures are the same as a full run's.
     */
    public Map<String, IndexFigures> runIndexing() throws IOException {
        Path work = Files.createTempDirectory("kiosque-bench-");
        try {
            Indexed indexed = indexing(work);
            if (!options.skipOpenSearch()) {
                try (OpenSearchNodeProcess node = startOpenSearch(indexed.articles().size())) {
                    OpenSearchArchiveClient client = new OpenSearchArchiveClient(node.baseUrl());
                    List<BenchDocument> documents = indexed.prepared().stream().map(PreparedArticle::toBenchDocument).toList();
                    indexed.figures().put("opensearch", openSearchLoad(client, documents, indexed.textBytes()));
                }
            }
            return indexed.figures();
        } finally {
            deleteTree(work);
        }
    }

    /** What the indexing runs leave for the query runs: the corpus, its extraction, the figures, and Kiosque's index. */
    private record Indexed(List<Article> base, List<Article> articles, long textBytes, List<PreparedArticle> prepared,
                           Map<String, IndexFigures> figures, Path kiosqueIndex, Map<String, Object> context) {}

    private Indexed indexing(Path work) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("scale", options.scale());
        context.put("threads", options.threads());
        context.put("load average at start", loadAverage());

        List<Article> base = BenchCorpus.read(options.corpus(), options.limit());
        List<Article> articles = BenchCorpus.scaled(base, options.scale());
        long textBytes = articles.stream().mapToLong(BenchCorpus::textBytes).sum();
        log.printf("corpus: %,d articles from %s × %d = %,d articles, %.1f MB of text%n",
                base.size(), options.corpus(), options.scale(), articles.size(), textBytes / 1e6);
        Path input = options.corpus();
        if (articles.size() != base.size() || base.size() == options.limit()) {
            input = work.resolve("corpus.jsonl");
            BenchCorpus.writeJsonLines(articles, input);
        }

        Map<String, IndexFigures> index = new LinkedHashMap<>();
        // As OpenSearch's load is timed after a warm-up load, (a) is timed after one of the same size into a throwaway
        // index: otherwise it alone pays the JIT compilation (23 s of compiler CPU over a cold run of the corpus) that
        // (b) and (c), which run after it in this JVM, are spared.
        List<Article> warm = articles.subList(0, Math.min(articles.size(), WARM_UP_ARTICLES));
        Path warmInput = work.resolve("warm-up.jsonl"), warmIndex = work.resolve("warm-up-index");
        BenchCorpus.writeJsonLines(warm, warmInput);
        long warmBytes = warm.stream().mapToLong(BenchCorpus::textBytes).sum();
        IndexFigures warmed = IndexingBench.kiosquePipeline(warmInput, warmIndex, options.threads(), warmBytes);
        log.printf("  Kiosque pipeline warm-up (%,d articles): %.0f docs/s%n", warm.size(), warmed.docsPerSecond());
        deleteTree(warmIndex);
        Path kiosqueIndex = work.resolve("kiosque-index");
        IndexFigures pipeline = IndexingBench.kiosquePipeline(input, kiosqueIndex, options.threads(), textBytes);
        if (pipeline.docs() != articles.size()) {
            throw new IllegalStateException("the pipeline indexed " + pipeline.docs() + " articles where the corpus reader read "
                    + articles.size() + ": the engines would not index the same documents");
        }
        index.put("kiosque", logged("(a) Kiosque pipeline", pipeline));
        if (options.merge()) {
            // After (a)'s timing, as `./kiosque index --merge` does it after its load: the queries run on one segment.
            long m0 = System.nanoTime();
            try (ArchiveWriter writer = ArchiveWriter.open(kiosqueIndex)) {
                writer.mergeToOneSegment();
            }
            StoredNameAliases.saveForLatestCommit(kiosqueIndex);
            double seconds = (System.nanoTime() - m0) / 1e9;
            context.put("kiosque merge s", Math.round(seconds * 10) / 10.0);
            log.printf("  Kiosque archive merged into one segment in %.1f s%n", seconds);
        }

        long t0 = System.nanoTime();
        List<PreparedArticle> prepared = PreparedArticle.extract(articles, base.size(), new FrenchExtractor(), options.threads());
        log.printf("pre-extraction: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        // (b) and (c) are timed after a warm-up load of the same size as (a) and (d) are, each into a throwaway index.
        Path writerIndex = work.resolve("writer-index");
        IndexingBench.kiosqueWriter(prepared.subList(0, warm.size()), writerIndex, options.threads(), warmBytes);
        deleteTree(writerIndex);
        index.put("kiosque_preextracted", logged("(b) Kiosque writer", IndexingBench.kiosqueWriter(prepared, writerIndex, options.threads(), textBytes)));
        deleteTree(writerIndex);
        Path luceneIndex = work.resolve("lucene-index");
        IndexingBench.bareLucene(warm, luceneIndex, options.threads(), warmBytes);
        deleteTree(luceneIndex);
        index.put("lucene", logged("(c) bare Lucene", IndexingBench.bareLucene(articles, luceneIndex, options.threads(), textBytes)));
        deleteTree(luceneIndex);
        return new Indexed(base, articles, textBytes, prepared, index, kiosqueIndex, context);
    }

    private BenchReport run(Path work) throws IOException {
        Indexed indexed = indexing(work);
        List<Article> base = indexed.base();
        List<Article> articles = indexed.articles();
        long textBytes = indexed.textBytes();
        List<PreparedArticle> prepared = indexed.prepared();
        Map<String, IndexFigures> index = indexed.figures();
        Path kiosqueIndex = indexed.kiosqueIndex();
        Map<String, Object> context = indexed.context();

        List<BenchDocument> documents = prepared.stream().map(PreparedArticle::toBenchDocument).toList();
        QueryMix mix = QueryMix.draw(documents.subList(0, base.size()), options.seed(), options.perCategory());
        List<BenchQuery> queries = mix.queries();
        log.printf("query mix: %d queries (seed %d)%s%n", queries.size(), options.seed(),
                mix.omitted().isEmpty() ? "" : ", omitted for lack of data: " + mix.omitted());

        Map<String, Map<Integer, LatencyFigures>> latency = new LinkedHashMap<>();
        OpenSearchNodeProcess node = options.skipOpenSearch() ? null : startOpenSearch(documents.size());
        try {
            OpenSearchArchiveClient openSearch = null;
            if (node != null) {
                openSearch = new OpenSearchArchiveClient(node.baseUrl());
                index.put("opensearch", openSearchLoad(openSearch, documents, textBytes));
                if (options.merge()) {
                    long m0 = System.nanoTime();
                    openSearch.forceMerge(OPENSEARCH_INDEX);
                    double seconds = (System.nanoTime() - m0) / 1e9;
                    context.put("opensearch merge s", Math.round(seconds * 10) / 10.0);
                    log.printf("  OpenSearch index merged into %d segment(s) in %.1f s%n", openSearch.searchableSegments(OPENSEARCH_INDEX), seconds);
                }
            }
            sideBySide(kiosqueIndex, work, queries, openSearch, latency);
            if (node != null) {
                openSearch.deleteIndex(OPENSEARCH_INDEX);
                kiosqueOnOpenSearch(node, prepared, queries, latency);
            }
        } finally {
            if (node != null) node.close();
        }

        long startup = startupMs(kiosqueIndex, work, queries.getFirst());
        log.printf("startup to first answer: %d ms (median of %d)%n", startup, options.startupRuns());
        int heapClients = options.clients().stream().max(Integer::compare).orElseThrow();
        log.println("memory: smallest -Xmx for the query run at c" + heapClients);
        int minHeap = new MemoryProbe(options.heapLadderMb(), heapClients).smallestHeapMb(kiosqueIndex, work, queries, log);

        context.put("queries", queries.size());
        context.put("load average at end", loadAverage());
        BenchReport report = new BenchReport(articles.size(), index, latency, minHeap, startup, context);
        write(report);
        return report;
    }

    private OpenSearchNodeProcess startOpenSearch(int documents) throws IOException {
        OpenSearchNodeSpec spec = OpenSearchNodeSpec.singleNode().withHeapMb(documents > 100_000 ? 1024 : 512);
        OpenSearchNodeProcess node = OpenSearchNodeProcess.start(spec, Duration.ofSeconds(180));
        log.printf("OpenSearch node up in %,d ms%n", node.healthyAfterMs());
        return node;
    }

    /**
     * The query mix put to Kiosque's server, in-process Lucene and (unless skipped) OpenSearch, all three up at once
     * and measured in turns ({@link LatencyRecorder#measureSideBySide}), so that their ratios share the machine's
     * drift instead of each engine taking its own minutes of it.
     */
    private void sideBySide(Path kiosqueIndex, Path work, List<BenchQuery> queries, OpenSearchArchiveClient openSearch,
                            Map<String, Map<Integer, LatencyFigures>> latency) throws IOException {
        try (LuceneInProcess lucene = new LuceneInProcess(kiosqueIndex);
             KiosqueServerProcess server = KiosqueServerProcess.launch(kiosqueIndex, work, 0)) {
            KiosqueApiClient api = new KiosqueApiClient(server.baseUrl());
            server.awaitFirstAnswer(api, queries.getFirst(), Duration.ofSeconds(120));
            List<LatencyRecorder.Named> engines = new ArrayList<>(List.of(
                    new LatencyRecorder.Named("kiosque", "Kiosque /api/search", api::search),
                    new LatencyRecorder.Named("lucene", "Lucene in-process", lucene::answer)));
            if (openSearch != null) {
                engines.add(new LatencyRecorder.Named("opensearch", "OpenSearch _search", q -> openSearch.search(OPENSEARCH_INDEX, q, 10)));
            }
            for (int clients : options.clients()) {
                Map<String, LatencyFigures> figures = options.recorder().measureSideBySide(queries, engines, clients);
                for (LatencyRecorder.Named e : engines) {
                    LatencyFigures f = figures.get(e.key());
                    log.printf("  %s %s%n", e.label(), f);
                    latency.computeIfAbsent(e.key(), k -> new LinkedHashMap<>()).put(clients, f);
                }
            }
        }
    }

    /** (d): a warm-up load into a throwaway index, then the timed load up to the final refresh. */
    private IndexFigures openSearchLoad(OpenSearchArchiveClient client, List<BenchDocument> documents, long textBytes) throws IOException {
        // A first load into a throwaway index warms the node's JIT: the first load here ran much slower.
        List<BenchDocument> warm = documents.subList(0, Math.min(documents.size(), WARM_UP_ARTICLES));
        client.createIndex("warm-up", 1);
        BulkReport warmed = client.bulkLoad("warm-up", warm, BULK_BATCH, options.threads());
        log.printf("  OpenSearch warm-up load: %.0f docs/s%n", warmed.docsPerSecond());
        client.createIndex(OPENSEARCH_INDEX, 1);
        client.deleteIndex("warm-up");
        long t0 = System.nanoTime();
        BulkReport load = client.bulkLoad(OPENSEARCH_INDEX, documents, BULK_BATCH, options.threads());
        client.finishLoad(OPENSEARCH_INDEX, 0);
        long elapsed = System.nanoTime() - t0;
        if (!load.failures().isEmpty()) {
            throw new IllegalStateException(load.failures().size() + " articles refused by OpenSearch, first: " + load.failures().getFirst());
        }
        return logged("(d) OpenSearch bulk", new IndexFigures(load.indexed(), textBytes, elapsed));
    }

    /** The same articles in Kiosque's OpenSearch archive; its answers beside the same request bodies sent directly. */
    private void kiosqueOnOpenSearch(OpenSearchNodeProcess node, List<PreparedArticle> prepared, List<BenchQuery> queries,
                                     Map<String, Map<Integer, LatencyFigures>> latency) throws IOException {
        try (OpenSearchConnection connection = OpenSearchConnection.open(List.of(node.baseUrl()))) {
            try (OpenSearchArchiveWriter writer = OpenSearchArchiveWriter.rebuild(connection, "kiosque", 1, 0)) {
                for (PreparedArticle p : prepared) writer.add(p.article(), p.extraction());
                writer.publish();
                log.printf("  Kiosque on OpenSearch: %s%n", writer.report().line());
            }
            try (OpenSearchArchive archive = OpenSearchArchive.open(connection, "kiosque")) {
                Map<Integer, LatencyFigures> ours = new LinkedHashMap<>(), direct = new LinkedHashMap<>();
                KiosqueOnOpenSearchBench.measure(archive, connection, queries, options.recorder(), options.clients()).forEach((clients, c) -> {
                    log.printf("  c%d %s%n", clients, c);
                    ours.put(clients, c.kiosqueOnOpenSearch());
                    direct.put(clients, c.rawOpenSearch());
                });
                latency.put("kiosque_on_opensearch", ours);
                latency.put("opensearch_same_requests", direct);
            }
        }
    }

    private long startupMs(Path index, Path work, BenchQuery probe) {
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < options.startupRuns(); i++) {
            try (KiosqueServerProcess server = KiosqueServerProcess.launch(index, work, 0)) {
                runs.add(server.awaitFirstAnswer(new KiosqueApiClient(server.baseUrl()), probe, Duration.ofSeconds(120)));
            }
        }
        runs.sort(Long::compare);
        return runs.get(runs.size() / 2);
    }

    private IndexFigures logged(String what, IndexFigures f) {
        log.printf("  %s: %,d docs in %.1f s: %,.0f docs/s, %.2f MB/s%n", what, f.docs(), f.seconds(), f.docsPerSecond(), f.megabytesPerSecond());
        return f;
    }

    private void write(BenchReport report) throws IOException {
        Files.createDirectories(options.out());
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(options.out().resolve("report.json").toFile(), report.toJson());
        Files.writeString(options.out().resolve("report.md"), report.toMarkdown());
    }

    /** The 1, 5 and 15 minute load averages: other work on the machine shifts every figure. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
