package kiosque.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.search.LuceneArchive;

/**
 * The bench mix searched in-process by several threads at once on one archive, as the server's request threads do:
 * the process's CPU per query, round after round. {@link ArchiveCpu} times one thread; what only shows with several
 * (arrays and caches shared between answers, threads taking turns on the cores) shows here. Compare two checkouts
 * in alternating runs:
 * <pre>java -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.ConcurrentArchiveCpu INDEX 10 10 [THREADS]</pre>
 */
public final class ConcurrentArchiveCpu {
    private ConcurrentArchiveCpu() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ConcurrentArchiveCpu INDEX SECONDS ROUNDS [THREADS]");
            System.exit(2);
        }
        Path index = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]), rounds = Integer.parseInt(args[2]);
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] cpuPerRound = new double[rounds];
        try (LuceneArchive archive = LuceneArchive.open(index)) {
            for (int round = 1; round <= rounds; round++) {
                AtomicLong answered = new AtomicLong();
                AtomicInteger next = new AtomicInteger();
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                long cpu0 = os.getProcessCpuTime();
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                for (int t = 0; t < threads; t++) {
                    pool.submit(() -> {
                        while (System.nanoTime() < end) {
                            archive.search(mix.get(Math.floorMod(next.getAndIncrement(), mix.size())).toArchiveQuery());
                            answered.incrementAndGet();
                        }
                        return null;
                    });
                }
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.HOURS);
                double cpuPerQuery = (os.getProcessCpuTime() - cpu0) / 1e6 / answered.get();
                cpuPerRound[round - 1] = cpuPerQuery;
                System.out.printf("round %d: %.3f ms of process CPU per query, %.0f queries/s with %d threads%n",
                        round, cpuPerQuery, answered.get() / (double) seconds, threads);
            }
        }
        System.out.printf("median CPU per query over rounds %d-%d: %.3f ms%n", rounds / 2 + 1, rounds, ArchiveCpu.warmMedian(cpuPerRound));
    }
}
