package kiosque.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * pre-extracted articles, (c) bare Lucene, (d) a real OpenSearch node with the mapping and (e) Kiosque's own
 * archive on that node (the same fields as (b)); the same query mix put to Kiosque's
 * server over HTTP, to OpenSearch over HTTP and to Lucene in-process; then the server's smallest heap and its startup.
 * Temporary indexes live in a folder that is removed at the end.
 */
public final class Benchmark {

    private static final String OPENSEARCH_INDEX = "articles", WARM_UP_INDEX = "warm-up";
    /** The alias (e) loads behind; never published, so each load's index version is deleted when it ends. */
    private static final String ARCHIVE_ON_OPENSEARCH = "bench-archive";
    private static final int BULK_BATCH = 500;
    /** Warm-up loads are of this many articles at most: the JIT compilers of (a) and (d) need as long. */
    private static final int WARM_UP_ARTICLES = 40_000;
    /** Warm-up loads of an engine end when two in a row differ by at most this share of docs/s… */
    private static final double STEADY_WARM_UP = 0.10;
    /** …or after this many. */
    private static final int MAX_WARM_UP_LOADS = 5;

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
     * Only the indexing runs (a), (b), (c) and, unless OpenSearch is skipped, (d) and (e): no query mix, no memory probe, no startup.
     * For measuring indexing changes quickly; the figures are the same as a full run's. Every round of each run, in order.
     */
    public Map<String, List<IndexFigures>> runIndexing() throws IOException {
        Path work = Files.createTempDirectory("kiosque-bench-");
        try {
            Corpus corpus = readCorpus(work);
            try (OpenSearchNodeProcess node = options.skipOpenSearch() ? null : startOpenSearch(corpus.articles().size())) {
                return indexing(work, corpus, node == null ? null : new OpenSearchArchiveClient(node.baseUrl())).rounds();
            }
        } finally {
            deleteTree(work);
        }
    }

    /** The articles every engine indexes, the file (a) reads them from, and how the run was made. */
    private record Corpus(List<Article> base, List<Article> articles, long textBytes, Path input, Map<String, Object> context) {}

    /** What the indexing runs leave for the query runs: the corpus, its extraction (as sent to OpenSearch too), the figures, and Kiosque's index. */
    private record Indexed(Corpus corpus, List<PreparedArticle> prepared, List<BenchDocument> documents,
                           Map<String, IndexFigures> figures, Map<String, List<IndexFigures>> rounds, Path kiosqueIndex) {}

    private Corpus readCorpus(Path work) throws IOException {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("scale", options.scale());
        context.put("threads", options.threads());
        context.put("indexing rounds", options.indexRounds());
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
        return new Corpus(base, articles, textBytes, input, context);
    }

    /**
     * (a) to (e), each after warm-up loads of up to 40,000 articles into a throwaway index until steady ({@link #warmUp};
     * otherwise the first rounds pay the JIT compilation: 23 s of compiler CPU over a cold run of the corpus for (a)), then
     * timed in rounds, all of them in turn each round ({@link #roundOrders}): load that comes and goes on a shared machine
     * falls on all alike instead of on whichever ran during it, and each is reported by its median round.
     * Kiosque's archive and OpenSearch's index of their last rounds are kept for the queries. (a), (b) and (c) each
     * run in a JVM of their own ({@link IndexingWorker}), as (d) and (e) run in OpenSearch's, so that no engine's figures
     * depend on which others were compiled and run before it in the same JVM (README, « Benchmark »); (e)'s client, Kiosque's
     * OpenSearch writer, runs in this JVM.
     */
    private Indexed indexing(Path work, Corpus corpus, OpenSearchArchiveClient openSearch) throws IOException {
        // Started first: the writer's and Lucene's workers read the corpus (the writer's extracts it too) while this JVM extracts it for (d) and (e).
        try (IndexingWorkerProcess pipelineWorker = IndexingWorkerProcess.start(IndexingWorker.Engine.pipeline, options, work);
             IndexingWorkerProcess writerWorker = IndexingWorkerProcess.start(IndexingWorker.Engine.writer, options, work);
             IndexingWorkerProcess luceneWorker = IndexingWorkerProcess.start(IndexingWorker.Engine.lucene, options, work);
             // one connection for every load of (e), as (d) keeps one client: no load starts on a cold connection pool
             OpenSearchConnection archiveConnection = openSearch == null ? null : OpenSearchConnection.open(List.of(openSearch.baseUrl()))) {
            return indexing(work, corpus, openSearch, archiveConnection, pipelineWorker, writerWorker, luceneWorker);
        }
    }

    private Indexed indexing(Path work, Corpus corpus, OpenSearchArchiveClient openSearch, OpenSearchConnection archiveConnection,
                             IndexingWorkerProcess pipelineWorker, IndexingWorkerProcess writerWorker, IndexingWorkerProcess luceneWorker) throws IOException {
        List<Article> articles = corpus.articles();
        int count = articles.size();
        long t0 = System.nanoTime();
        List<PreparedArticle> prepared = PreparedArticle.extract(articles, corpus.base().size(), new FrenchExtractor(), options.threads());
        log.printf("pre-extraction for (d), (e) and the query mix: %.1f s (the writer's and Lucene's workers reading the corpus meanwhile)%n", (System.nanoTime() - t0) / 1e9);
        List<BenchDocument> documents = prepared.stream().map(PreparedArticle::toBenchDocument).toList();
        for (IndexingWorkerProcess worker : List.of(pipelineWorker, writerWorker, luceneWorker)) worker.awaitReady();

        int warmCount = Math.min(articles.size(), WARM_UP_ARTICLES);
        long warmBytes = articles.subList(0, warmCount).stream().mapToLong(BenchCorpus::textBytes).sum();
        Path warmInput = work.resolve("warm-up.jsonl"), warmIndex = work.resolve("warm-up-index");
        BenchCorpus.writeJsonLines(articles.subList(0, warmCount), warmInput);
        log.printf("  warm-up loads (%,d articles, docs/s):", warmCount);
        log.printf(" (a) %s", warmUp(throwaway(pipelineWorker, warmCount, warmBytes, warmIndex, warmInput)));
        log.printf(", (b) %s", warmUp(throwaway(writerWorker, warmCount, warmBytes, warmIndex, null)));
        log.printf(", (c) %s", warmUp(throwaway(luceneWorker, warmCount, warmBytes, warmIndex, null)));
        if (openSearch != null) {
            log.printf(", (d) %s", warmUp(() -> {
                openSearch.createIndex(WARM_UP_INDEX, 1);
                try {
                    BulkReport r = openSearch.bulkLoad(WARM_UP_INDEX, documents.subList(0, warmCount), BULK_BATCH, options.threads());
                    return new IndexFigures(r.indexed(), r.textBytes(), r.elapsedNanos());
                } finally {
                    openSearch.deleteIndex(WARM_UP_INDEX);
                }
            }));
            log.printf(", (e) %s", warmUp(() -> archiveOnOpenSearchLoad(archiveConnection, prepared.subList(0, warmCount), warmBytes)));
        }
        log.println();

        Path kiosqueIndex = work.resolve("kiosque-index"), writerIndex = work.resolve("writer-index"), luceneIndex = work.resolve("lucene-index");
        TimedLoad pipelineLoad = new TimedLoad("kiosque", "(a) Kiosque pipeline", () -> {
                    deleteTree(kiosqueIndex); // the last round's archive stays for the queries
            return pipelineWorker.load(count, corpus.textBytes(), kiosqueIndex, corpus.input()); // fails unless it indexed every article read
        });
        TimedLoad writerLoad = new TimedLoad("kiosque_preextracted", "(b) Kiosque writer", () -> {
            try {
                return writerWorker.load(count, corpus.textBytes(), writerIndex, null);
            } finally {
                deleteTree(writerIndex);
            }
        });
        TimedLoad luceneLoad = new TimedLoad("lucene", "(c) bare Lucene", () -> {
            try {
                return luceneWorker.load(count, corpus.textBytes(), luceneIndex, null);
            } finally {
                deleteTree(luceneIndex);
            }
        });
        // The two OpenSearch loads are never next to each other (roundOrders): what one leaves running on the node
        // (merges after its refresh) does not fall on the other.
        TimedLoad bulkLoad = new TimedLoad("opensearch", "(d) OpenSearch bulk", () -> openSearchLoad(openSearch, documents, corpus.textBytes()));
        TimedLoad archiveLoad = new TimedLoad("kiosque_archive_on_opensearch", "(e) Kiosque's archive on OpenSearch",
                () -> archiveOnOpenSearchLoad(archiveConnection, prepared, corpus.textBytes()));
        List<TimedLoad> loads = openSearch == null ? List.of(pipelineLoad, writerLoad, luceneLoad)
                : List.of(pipelineLoad, bulkLoad, writerLoad, archiveLoad, luceneLoad);
        Map<String, List<IndexFigures>> rounds = new LinkedHashMap<>();
        for (TimedLoad load : loads) rounds.put(load.key(), new ArrayList<>());
        List<List<TimedLoad>> orders = roundOrders(loads, options.indexRounds(), openSearch == null ? Set.of() : Set.of(bulkLoad, archiveLoad));
        for (int round = 0; round < orders.size(); round++) {
            for (TimedLoad load : orders.get(round)) {
                rounds.get(load.key()).add(logged("round " + (round + 1) + " " + load.label(), load.run().call()));
            }
        }
        Map<String, IndexFigures> figures = new LinkedHashMap<>();
        rounds.forEach((run, list) -> figures.put(run, IndexFigures.median(list)));
        return new Indexed(corpus, prepared, documents, figures, rounds, kiosqueIndex);
    }

    /**
     * The order of each round's loads: of all orders that keep the loads in {@code apart} from being next to each
     * other, the first that repeats fewest of the earlier rounds' openers and neighbours (which load came just before
     * which). A plain rotation kept every load behind the same one in every round, so what a load leaves running (an
     * OpenSearch load's merges after its refresh) always fell on the same next one. Round 0 is {@code loads} as given.
     */
    static <T> List<List<T>> roundOrders(List<T> loads, int rounds, Set<T> apart) {
        Map<T, Integer> opened = new HashMap<>();
        Map<List<T>, Integer> neighbours = new HashMap<>();
        List<List<T>> orders = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            List<T> best = null;
            int bestScore = Integer.MAX_VALUE;
            for (List<T> order : permutations(loads)) {
                int score = 10 * opened.getOrDefault(order.getFirst(), 0); // a new opener first, then new neighbours
                boolean allowed = true;
                for (int i = 1; i < order.size() && allowed; i++) {
                    allowed = !(apart.contains(order.get(i - 1)) && apart.contains(order.get(i)));
                    score += neighbours.getOrDefault(List.of(order.get(i - 1), order.get(i)), 0);
                }
                if (allowed && score < bestScore) {
                    best = order;
                    bestScore = score;
                }
            }
            if (best == null) throw new IllegalArgumentException("no order keeps " + apart + " apart among " + loads);
            orders.add(best);
            opened.merge(best.getFirst(), 1, Integer::sum);
            for (int i = 1; i < best.size(); i++) neighbours.merge(List.of(best.get(i - 1), best.get(i)), 1, Integer::sum);
        }
        return orders;
    }

    /** Every order of {@code items}, the given one first (a handful of loads: 120 orders for five). */
    private static <T> List<List<T>> permutations(List<T> items) {
        if (items.size() <= 1) return List.of(items);
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<T> rest = new ArrayList<>(items);
            T first = rest.remove(i);
            for (List<T> tail : permutations(rest)) {
                List<T> order = new ArrayList<>(items.size());
                order.add(first);
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    /**
     * Warm-up loads of one engine until two in a row agree within {@value #STEADY_WARM_UP}, at most
     * {@value #MAX_WARM_UP_LOADS}: each engine's JIT compilers settle at their own pace (alone in a JVM, over their
     * first five loads of OrangeSum, bare Lucene went 4,259 → 5,954 → 5,452 → 5,795 → 6,323 docs/s and Kiosque's
     * writer 1,591 → 2,536 → 2,759 → 3,236 → 3,318: {@code IndexingCpu ../shared/corpus/orangesum.jsonl.gz 5 lucene},
     * then {@code … 5 writer}). Returns each load's docs/s.
     */
    private static String warmUp(IndexingRun load) throws IOException {
        List<String> rates = new ArrayList<>();
        double previous = 0;
        for (int i = 0; i < MAX_WARM_UP_LOADS; i++) {
            double rate = load.call().docsPerSecond();
            rates.add(String.format("%,.0f", rate));
            if (i > 0 && Math.abs(rate - previous) <= STEADY_WARM_UP * Math.max(rate, previous)) break;
            previous = rate;
        }
        return String.join(" → ", rates);
    }

    /** A worker's load into {@code dir}, deleted after it. */
    private static IndexingRun throwaway(IndexingWorkerProcess worker, int count, long textBytes, Path dir, Path input) {
        return () -> {
            try {
                return worker.load(count, textBytes, dir, input);
            } finally {
                deleteTree(dir);
            }
        };
    }

    /** One of the timed loads; the engine's key in the report. */
    private record TimedLoad(String key, String label, IndexingRun run) {}

    private interface IndexingRun {
        IndexFigures call() throws IOException;
    }

    /**
     * After the timed loads, as `./kiosque index --merge` does it after its load: the queries run on one segment
     * (Kiosque's archive and OpenSearch's index of the last round).
     */
    private void mergeForQueries(Path kiosqueIndex, OpenSearchArchiveClient openSearch, Map<String, Object> context) throws IOException {
        long m0 = System.nanoTime();
        try (ArchiveWriter writer = ArchiveWriter.open(kiosqueIndex)) {
            writer.mergeToOneSegment();
        }
        StoredNameAliases.saveForLatestCommit(kiosqueIndex);
        double seconds = (System.nanoTime() - m0) / 1e9;
        context.put("kiosque merge s", Math.round(seconds * 10) / 10.0);
        log.printf("  Kiosque archive merged into one segment in %.1f s%n", seconds);
        if (openSearch != null) {
            m0 = System.nanoTime();
            openSearch.forceMerge(OPENSEARCH_INDEX);
            seconds = (System.nanoTime() - m0) / 1e9;
            context.put("opensearch merge s", Math.round(seconds * 10) / 10.0);
            log.printf("  OpenSearch index merged into %d segment(s) in %.1f s%n", openSearch.searchableSegments(OPENSEARCH_INDEX), seconds);
        }
    }

    private BenchReport run(Path work) throws IOException {
        Corpus corpus = readCorpus(work);
        Map<String, Object> context = corpus.context();
        Map<String, Map<Integer, LatencyFigures>> latency = new LinkedHashMap<>();
        Indexed indexed;
        List<BenchQuery> queries;
        try (OpenSearchNodeProcess node = options.skipOpenSearch() ? null : startOpenSearch(corpus.articles().size())) {
            OpenSearchArchiveClient openSearch = node == null ? null : new OpenSearchArchiveClient(node.baseUrl());
            indexed = indexing(work, corpus, openSearch);
            if (options.merge()) mergeForQueries(indexed.kiosqueIndex(), openSearch, context);
            queries = mix(indexed);
            sideBySide(indexed.kiosqueIndex(), work, queries, openSearch, latency);
            if (node != null) {
                openSearch.deleteIndex(OPENSEARCH_INDEX);
                kiosqueOnOpenSearch(node, indexed.prepared(), queries, latency);
            }
        }
        Path kiosqueIndex = indexed.kiosqueIndex();
        long startup = startupMs(kiosqueIndex, work, queries.getFirst());
        log.printf("startup to first answer: %d ms (median of %d)%n", startup, options.startupRuns());
        int heapClients = options.clients().stream().max(Integer::compare).orElseThrow();
        log.println("memory: smallest -Xmx for the query run at c" + heapClients);
        int minHeap = new MemoryProbe(options.heapLadderMb(), heapClients).smallestHeapMb(kiosqueIndex, work, queries, log);

        context.put("queries", queries.size());
        context.put("load average at end", loadAverage());
        BenchReport report = new BenchReport(corpus.articles().size(), indexed.figures(), latency, minHeap, startup, context, indexed.rounds());
        write(report);
        return report;
    }

    /** The query mix, drawn from the original articles only (not from the copies of a scaled corpus). */
    private List<BenchQuery> mix(Indexed indexed) {
        QueryMix mix = QueryMix.draw(indexed.documents().subList(0, indexed.corpus().base().size()), options.seed(), options.perCategory());
        log.printf("query mix: %d queries (seed %d)%s%n", mix.queries().size(), options.seed(),
                mix.omitted().isEmpty() ? "" : ", omitted for lack of data: " + mix.omitted());
        return mix.queries();
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

    /** (d): one timed load into a fresh index, up to the final refresh. */
    private IndexFigures openSearchLoad(OpenSearchArchiveClient client, List<BenchDocument> documents, long textBytes) throws IOException {
        client.createIndex(OPENSEARCH_INDEX, 1);
        long t0 = System.nanoTime();
        BulkReport load = client.bulkLoad(OPENSEARCH_INDEX, documents, BULK_BATCH, options.threads());
        client.finishLoad(OPENSEARCH_INDEX, 0);
        long elapsed = System.nanoTime() - t0;
        if (!load.failures().isEmpty()) {
            throw new IllegalStateException(load.failures().size() + " articles refused by OpenSearch, first: " + load.failures().getFirst());
        }
        return new IndexFigures(load.indexed(), textBytes, elapsed);
    }

    /**
     * (e) The pre-extracted articles through Kiosque's own OpenSearch writer ({@code ./kiosque index --backend opensearch}'s):
     * its archive's full mapping (quotes, speakers, mentioned dates, names searchable as text, the stored extraction),
     * the same information (b) writes into Lucene, where (d) has the smaller mapping. A new index version, one
     * shard, no replica, refresh off until the commit's refresh; timed from the first article to that refresh, as (d)
     * is; deleted afterwards (never published).
     */
    private IndexFigures archiveOnOpenSearchLoad(OpenSearchConnection connection, List<PreparedArticle> prepared, long textBytes) throws IOException {
        try (OpenSearchArchiveWriter writer = OpenSearchArchiveWriter.rebuild(connection, ARCHIVE_ON_OPENSEARCH, 1, 0)) {
            long t0 = System.nanoTime();
            Workers.forEachIndex(prepared.size(), options.threads(), i -> writer.add(prepared.get(i).article(), prepared.get(i).extraction()));
            writer.commit();
            long elapsed = System.nanoTime() - t0;
            OpenSearchArchiveWriter.Report report = writer.report();
            if (report.failed() > 0) {
                throw new IllegalStateException(report.failed() + " articles refused by Kiosque's OpenSearch archive, first: " + report.failures().getFirst());
            }
            return new IndexFigures(report.created() + report.updated(), textBytes, elapsed);
        }
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
