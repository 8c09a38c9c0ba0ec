package kiosque.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;

/**
 * The bench's (a) or (b) alone, round after round in one JVM, with what the wall time hides: the process CPU per
 * article (all threads: indexing, flushing, merging, JIT, GC) and the collectors' time. Tells whether a load is
 * CPU-bound (CPU per article × docs/s near the cores) and how much a change saves per article. Each round writes a
 * fresh archive in a temporary folder; the first rounds carry the JIT's warm-up. Run from the checkout:
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.IndexingCpu ../shared/corpus/orangesum.jsonl.gz 4 pipeline|writer [THREADS]</pre>
 */
public final class IndexingCpu {
    private IndexingCpu() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !List.of("pipeline", "writer").contains(args[2])) {
            System.err.println("usage: IndexingCpu CORPUS ROUNDS pipeline|writer [THREADS]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        boolean pipeline = args[2].equals("pipeline");
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Article> articles = BenchCorpus.read(corpus, Integer.MAX_VALUE);
        long textBytes = articles.stream().mapToLong(BenchCorpus::textBytes).sum();
        List<PreparedArticle> prepared = pipeline ? List.of() : PreparedArticle.extract(articles, articles.size(), new FrenchExtractor(), threads);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 1; round <= rounds; round++) {
            Path dir = Files.createTempDirectory("kiosque-indexing-cpu-");
            try {
                long cpu0 = os.getProcessCpuTime(), gc0 = collectorMillis();
                IndexFigures f = pipeline
                        ? IndexingBench.kiosquePipeline(corpus, dir, threads, textBytes)
                        : IndexingBench.kiosqueWriter(prepared, dir, threads, textBytes);
                long cpu = os.getProcessCpuTime() - cpu0;
                System.out.printf("round %d  %s: %,d articles, %,.0f docs/s, %.0f µs CPU per article, GC %,d ms%n",
                        round, args[2], f.docs(), f.docsPerSecond(), cpu / 1e3 / f.docs(), collectorMillis() - gc0);
            } finally {
                Benchmark.deleteTree(dir);
            }
        }
    }

    private static long collectorMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }
}
