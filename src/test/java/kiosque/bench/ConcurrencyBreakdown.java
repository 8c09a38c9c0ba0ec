package kiosque.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kiosque.search.LuceneArchive;

/**
 * Where Kiosque's latency grows from 1 to 4 clients: the bench's mix put side by side, as the bench does, to Lucene
 * in-process (the bench's limit), Kiosque's archive in-process (search, facets, excerpts; no HTTP, no JSON) and
 * Kiosque's server over HTTP, at each concurrency. Kiosque in-process against Lucene is the extra search work; the
 * server against Kiosque in-process is what crossing processes adds, per request and under load.
 * <pre>java -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.ConcurrencyBreakdown INDEX [1,4] [lucene,archive,server]</pre>
 * The third argument keeps only the engines named, and only those are opened: Kiosque's archive searched in the same
 * JVM may shape how that JVM compiles Lucene's code, which a run without it tells.
 */
public final class ConcurrencyBreakdown {
    private ConcurrencyBreakdown() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ConcurrencyBreakdown INDEX [CLIENTS,...] [lucene,archive,server]");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        int[] clientCounts = java.util.Arrays.stream((args.length > 1 ? args[1] : "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> wanted = List.of((args.length > 2 ? args[2] : "lucene,archive,server").split(","));
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        Path work = Files.createTempDirectory("kiosque-concurrency-");
        // try-with-resources skips the null ones: an engine not asked for is not opened.
        try (LuceneInProcess lucene = wanted.contains("lucene") ? new LuceneInProcess(index) : null;
             LuceneArchive archive = wanted.contains("archive") ? LuceneArchive.open(index) : null;
             KiosqueServerProcess server = wanted.contains("server") ? KiosqueServerProcess.launch(index, work, 0) : null) {
            List<LatencyRecorder.Named> engines = new ArrayList<>();
            if (lucene != null) engines.add(new LatencyRecorder.Named("lucene", "Lucene in-process (no excerpts)", lucene::answer));
            if (archive != null) engines.add(new LatencyRecorder.Named("archive", "Kiosque in-process", q -> archive.search(q.toArchiveQuery())));
            if (server != null) {
                KiosqueApiClient api = new KiosqueApiClient(server.baseUrl());
                server.awaitFirstAnswer(api, mix.getFirst(), Duration.ofSeconds(120));
                engines.add(new LatencyRecorder.Named("server", "Kiosque /api/search (HTTP)", api::search));
            }
            LatencyRecorder recorder = LatencyRecorder.standard();
            System.out.println("| engine | clients | p50 ms | p90 ms | p99 ms | q/s |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (int clients : clientCounts) {
                Map<String, LatencyFigures> figures = recorder.measureSideBySide(mix, engines, clients);
                for (LatencyRecorder.Named e : engines) {
                    LatencyFigures f = figures.get(e.key());
                    System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %.0f |%n", e.label(), clients, f.p50Ms(), f.p90Ms(), f.p99Ms(), f.qps());
                }
            }
        } finally {
            Benchmark.deleteTree(work);
        }
    }
}
