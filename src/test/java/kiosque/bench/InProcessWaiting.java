package kiosque.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import kiosque.search.LuceneArchive;

/**
 * How long an in-process query waits for a core: per query of the bench's mix, its latency less the CPU time its
 * client thread spent on it, at 1 and 4 clients. An in-process engine answers on the caller's thread, so a query
 * shorter than the scheduler's time slice mostly runs to its end once started: the 4 clients' sharing of 2 cores
 * then falls on the queries that straddle a preemption, not on the median one. Over HTTP every request also waits
 * for the server's thread to be given a core. Two rounds per engine, after a minute's warm-up each time.
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.InProcessWaiting INDEX [lucene,archive]</pre>
 */
public final class InProcessWaiting {
    private static final long WARM_UP_NANOS = 60_000_000_000L;
    private static final int MEASURED_PASSES = 10;

    private InProcessWaiting() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: InProcessWaiting INDEX [lucene,archive]");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        List<String> wanted = List.of((args.length > 1 ? args[1] : "lucene").split(","));
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        if (wanted.contains("lucene")) {
            try (LuceneInProcess lucene = new LuceneInProcess(index)) {
                measure("Lucene in-process", mix, lucene::answer);
            }
        }
        if (wanted.contains("archive")) {
            try (LuceneArchive archive = LuceneArchive.open(index)) {
                measure("Kiosque in-process", mix, q -> archive.search(q.toArchiveQuery()));
            }
        }
    }

    private static void measure(String label, List<BenchQuery> mix, LatencyRecorder.Engine engine) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ConcurrentLinkedQueue<double[]> samples = new ConcurrentLinkedQueue<>(); // per query: wall ms, thread CPU ms
        LatencyRecorder.Engine timed = q -> {
            long wall0 = System.nanoTime(), cpu0 = threads.getCurrentThreadCpuTime();
            engine.answer(q);
            samples.add(new double[] {(System.nanoTime() - wall0) / 1e6, (threads.getCurrentThreadCpuTime() - cpu0) / 1e6});
        };
        long[] ignored = new long[mix.size()];
        for (int round = 1; round <= 2; round++) {
            for (int clients : new int[] {1, 4}) {
                long end = System.nanoTime() + WARM_UP_NANOS;
                while (System.nanoTime() < end) LatencyRecorder.run(mix, timed, clients, ignored);
                samples.clear();
                for (int p = 0; p < MEASURED_PASSES; p++) LatencyRecorder.run(mix, timed, clients, ignored);
                List<double[]> s = new ArrayList<>(samples);
                double[] wall = s.stream().mapToDouble(x -> x[0]).sorted().toArray();
                double[] cpu = s.stream().mapToDouble(x -> x[1]).sorted().toArray();
                double[] wait = s.stream().mapToDouble(x -> Math.max(0, x[0] - x[1])).sorted().toArray();
                long waited = s.stream().filter(x -> x[0] - x[1] > 0.5).count();
                System.out.printf("%s round %d c%d: latency p50 %.2f p90 %.2f ms | thread CPU p50 %.2f p90 %.2f ms"
                                + " | waiting p50 %.2f p90 %.2f ms | %.0f %% of queries waited over 0.5 ms%n",
                        label, round, clients, at(wall, 0.5), at(wall, 0.9), at(cpu, 0.5), at(cpu, 0.9),
                        at(wait, 0.5), at(wait, 0.9), 100.0 * waited / s.size());
            }
        }
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
    }
}
