package kiosque.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;

/**
 * The bench's (a), (b) or (c), or several of them in turn, round after round in one JVM, with what the wall time
 * hides: the process CPU per article (all threads: indexing, flushing, merging, JIT, GC), the collectors' time and
 * the JIT compilers' time. Tells whether a load is CPU-bound (CPU per article × docs/s near the cores), how much a
 * change saves per article, and what loads run in the same JVM do to each other (the bench runs each in a JVM of its
 * own for that reason: {@code lucene} alone against {@code pipeline,writer,lucene}). Each load writes a fresh archive
 * in a temporary folder; the first rounds carry the JIT's warm-up. Run from the checkout:
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.IndexingCpu ../shared/corpus/orangesum.jsonl.gz 4 pipeline|writer|lucene[,…] [THREADS]</pre>
 */
public final class IndexingCpu {
    private IndexingCpu() {}

    public static void main(String[] args) throws Exception {
        List<String> known = Arrays.stream(IndexingWorker.Engine.values()).map(Enum::name).toList();
        List<String> runs = args.length < 3 ? List.of() : List.of(args[2].split(","));
        if (runs.isEmpty() || !known.containsAll(runs)) {
            System.err.println("usage: IndexingCpu CORPUS ROUNDS pipeline|writer|lucene[,…] [THREADS]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Article> articles = BenchCorpus.read(corpus, Integer.MAX_VALUE);
        long textBytes = articles.stream().mapToLong(BenchCorpus::textBytes).sum();
        List<PreparedArticle> prepared = runs.contains("writer") ? PreparedArticle.extract(articles, articles.size(), new FrenchExtractor(), threads) : List.of();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var jit = ManagementFactory.getCompilationMXBean();
        for (int round = 1; round <= rounds; round++) {
            for (String run : runs) {
                Path dir = Files.createTempDirectory("kiosque-indexing-cpu-");
                try {
                    long cpu0 = os.getProcessCpuTime(), gc0 = collectorMillis(), jit0 = jit.getTotalCompilationTime();
                    IndexFigures f = switch (IndexingWorker.Engine.valueOf(run)) {
                        case pipeline -> IndexingBench.kiosquePipeline(corpus, dir, threads, textBytes);
                        case writer -> IndexingBench.kiosqueWriter(prepared, dir, threads, textBytes);
                        case lucene -> IndexingBench.bareLucene(articles, dir, threads, textBytes);
                    };
                    long cpu = os.getProcessCpuTime() - cpu0;
                    System.out.printf("round %d  %s: %,d articles, %,.0f docs/s, %.0f µs CPU per article, GC %,d ms, JIT %,d ms%n",
                            round, run, f.docs(), f.docsPerSecond(), cpu / 1e3 / f.docs(), collectorMillis() - gc0, jit.getTotalCompilationTime() - jit0);
                } finally {
                    Benchmark.deleteTree(dir);
                }
            }
        }
    }

    private static long collectorMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) total += Math.max(0, gc.getCollectionTime());
        return total;
    }
}
