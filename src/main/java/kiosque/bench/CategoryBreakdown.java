package kiosque.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kiosque.search.LuceneArchive;

/**
 * Where the bench mix's time goes, category by category, one client at a time: in-process Lucene (the limit),
 * Kiosque's archive searched in-process (search, facets, excerpts: no HTTP, no JSON) and Kiosque's server over HTTP.
 * The gap between the last two is the web layer and the client; between the first two, Kiosque's search work.
 *
 * <pre>java -cp target/classes:$(cat target/classpath.txt) kiosque.bench.CategoryBreakdown INDEX [PASSES]</pre>
 */
public final class CategoryBreakdown {

    private CategoryBreakdown() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CategoryBreakdown INDEX [PASSES]");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        Map<QueryCategory, double[]> lucene, archive, http;
        try (LuceneInProcess l = new LuceneInProcess(index)) {
            lucene = medians(mix, passes, l::answer);
        }
        try (LuceneArchive a = LuceneArchive.open(index)) {
            archive = medians(mix, passes, q -> a.search(q.toArchiveQuery()));
        }
        Path work = Files.createTempDirectory("kiosque-breakdown-");
        try (KiosqueServerProcess server = KiosqueServerProcess.launch(index, work, 0)) {
            KiosqueApiClient api = new KiosqueApiClient(server.baseUrl());
            server.awaitFirstAnswer(api, mix.getFirst(), Duration.ofSeconds(120));
            http = medians(mix, passes, api::search);
        } finally {
            Benchmark.deleteTree(work);
        }
        System.out.println("| category | Lucene p50 ms | Kiosque in-process p50 ms | Kiosque HTTP p50 ms | max HTTP ms |");
        System.out.println("|---|---:|---:|---:|---:|");
        for (QueryCategory c : QueryCategory.values()) {
            if (!lucene.containsKey(c)) continue;
            System.out.printf("| %s | %.2f | %.2f | %.2f | %.1f |%n", c, lucene.get(c)[0], archive.get(c)[0], http.get(c)[0], http.get(c)[1]);
        }
    }

    /** Per category: the median and the maximum over the last half of the passes (the first half warms up). */
    private static Map<QueryCategory, double[]> medians(List<BenchQuery> mix, int passes, LatencyRecorder.Engine engine) throws Exception {
        Map<QueryCategory, List<Double>> times = new EnumMap<>(QueryCategory.class);
        for (int pass = 0; pass < passes; pass++) {
            for (BenchQuery q : mix) {
                long t0 = System.nanoTime();
                engine.answer(q);
                double ms = (System.nanoTime() - t0) / 1e6;
                if (pass >= passes / 2) times.computeIfAbsent(q.category(), k -> new ArrayList<>()).add(ms);
            }
        }
        Map<QueryCategory, double[]> out = new EnumMap<>(QueryCategory.class);
        times.forEach((c, t) -> {
            t.sort(Double::compare);
            out.put(c, new double[] {t.get(t.size() / 2), t.getLast()});
        });
        return out;
    }
}
