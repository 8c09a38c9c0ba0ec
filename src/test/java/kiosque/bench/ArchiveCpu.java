package kiosque.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import kiosque.search.LuceneArchive;

/**
 * The bench mix (or one category of it) searched in-process on an archive, pass after pass: thread CPU per query
 * and the pass's latency percentiles, every tenth pass. CPU time, on one thread, is what moves least on this shared
 * machine; compare two archives (or two builds) in alternating runs. Run from the worktree:
 * <pre>java --add-modules jdk.incubator.vector -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.ArchiveCpu INDEX 30 [CATEGORY]</pre>
 */
public final class ArchiveCpu {
    private ArchiveCpu() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ArchiveCpu INDEX PASSES [CATEGORY]");
            System.exit(2);
        }
        Path index = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        if (args.length > 2) {
            QueryCategory category = QueryCategory.valueOf(args[2]);
            mix = mix.stream().filter(q -> q.category() == category).toList();
        }
        var threads = ManagementFactory.getThreadMXBean();
        double[] cpuPerPass = new double[passes];
        try (LuceneArchive archive = LuceneArchive.open(index)) {
            for (int pass = 1; pass <= passes; pass++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long[] nanos = new long[mix.size()];
                long wall0 = System.nanoTime();
                for (int i = 0; i < nanos.length; i++) {
                    long t0 = System.nanoTime();
                    archive.search(mix.get(i).toArchiveQuery());
                    nanos[i] = System.nanoTime() - t0;
                }
                double cpuPerQuery = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6 / nanos.length;
                cpuPerPass[pass - 1] = cpuPerQuery;
                LatencyFigures f = LatencyFigures.of(nanos, System.nanoTime() - wall0, 1, 0, 0);
                if (pass % 10 == 0 || pass == passes) {
                    System.out.printf("pass %d: CPU %.3f ms per query; p50 %.2f, p90 %.2f, p99 %.2f ms (%d queries)%n", pass, cpuPerQuery,
                            f.p50Ms(), f.p90Ms(), f.p99Ms(), f.queries());
                }
            }
        }
        System.out.printf("median CPU per query over passes %d-%d: %.3f ms%n", passes / 2 + 1, passes, warmMedian(cpuPerPass));
    }

    /** One figure to compare runs by: the median of the second half of the rounds (the first half warms the JIT). */
    static double warmMedian(double[] perRound) {
        double[] warm = Arrays.copyOfRange(perRound, perRound.length / 2, perRound.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
