package kiosque.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import kiosque.search.LuceneArchive;

/**
 * How long an in-process query spends off its core: per query of the bench's mix, its latency less the CPU time its
 * client thread spent on it (waiting for a core, and also any GC pause or page fault), at 1 and 4 clients. An
 * in-process engine answers on the caller's thread, so a short query mostly runs to its end once started: the 4
 * clients' sharing of 2 cores then falls on the queries that get preempted, not on the median one. Over HTTP every
 * request also waits for the server's thread to be given a core. Two rounds per engine, each measurement after a
 * warm-up of its own (60 s unless given: the JIT has settled on this mix by then, ServerWarmUp) and a collection.
 * <pre>java --add-modules jdk.incubator.vector -XX:+UseParallelGC -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *     kiosque.bench.InProcessWaiting INDEX [lucene,archive] [WARM_UP_SECONDS]</pre>
 */
public final class InProcessWaiting {
    private static final int MEASURED_PASSES = 10;
    /** A query counted as having waited: well above the clock's and the CPU accounting's granularity. */
    private static final long WAITED_NANOS = 500_000;
    private static final Set<String> ENGINES = Set.of("lucene", "archive");

    private InProcessWaiting() {}

    /** One query as the client thread saw it. */
    private record Sample(long wallNanos, long cpuNanos) {
        long offCpuNanos() {
            return Math.max(0, wallNanos - cpuNanos);
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: InProcessWaiting INDEX [lucene,archive] [WARM_UP_SECONDS]");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        List<String> wanted = List.of((args.length > 1 ? args[1] : "lucene,archive").split(","));
        if (!ENGINES.containsAll(wanted)) throw new IllegalArgumentException("engines are lucene and archive, got " + wanted);
        long warmUpNanos = (args.length > 2 ? Long.parseLong(args[2]) : 60) * 1_000_000_000L;
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        if (wanted.contains("lucene")) {
            try (LuceneInProcess lucene = new LuceneInProcess(index)) {
                measure("Lucene in-process", mix, lucene::answer, warmUpNanos);
            }
        }
        if (wanted.contains("archive")) {
            try (LuceneArchive archive = LuceneArchive.open(index)) {
                measure("Kiosque in-process", mix, q -> archive.search(q.toArchiveQuery()), warmUpNanos);
            }
        }
    }

    private static void measure(String label, List<BenchQuery> mix, LatencyRecorder.Engine engine, long warmUpNanos) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        boolean[] recording = {false}; // set between runs, which join their client threads
        LatencyRecorder.Engine timed = q -> {
            long wall0 = System.nanoTime(), cpu0 = threads.getCurrentThreadCpuTime();
            engine.answer(q);
            if (recording[0]) samples.add(new Sample(System.nanoTime() - wall0, threads.getCurrentThreadCpuTime() - cpu0));
        };
        long[] ignored = new long[mix.size()];
        for (int round = 1; round <= 2; round++) {
            for (int clients : new int[] {1, 4}) {
                recording[0] = false;
                long end = System.nanoTime() + warmUpNanos;
                while (System.nanoTime() < end) LatencyRecorder.run(mix, timed, clients, ignored);
                samples.clear();
                System.gc(); // as LatencyRecorder does before a measured pass
                recording[0] = true;
                for (int p = 0; p < MEASURED_PASSES; p++) LatencyRecorder.run(mix, timed, clients, ignored);
                List<Sample> s = new ArrayList<>(samples);
                long[] wall = sorted(s.stream().mapToLong(Sample::wallNanos).toArray());
                long[] cpu = sorted(s.stream().mapToLong(Sample::cpuNanos).toArray());
                long[] off = sorted(s.stream().mapToLong(Sample::offCpuNanos).toArray());
                long waited = s.stream().filter(x -> x.offCpuNanos() > WAITED_NANOS).count();
                System.out.printf("%s round %d c%d: latency p50 %.2f p90 %.2f ms | thread CPU p50 %.2f p90 %.2f ms"
                                + " | off CPU p50 %.2f p90 %.2f ms | %.0f %% of queries off CPU over %.1f ms%n",
                        label, round, clients, LatencyFigures.percentileMs(wall, 50), LatencyFigures.percentileMs(wall, 90),
                        LatencyFigures.percentileMs(cpu, 50), LatencyFigures.percentileMs(cpu, 90),
                        LatencyFigures.percentileMs(off, 50), LatencyFigures.percentileMs(off, 90),
                        100.0 * waited / s.size(), WAITED_NANOS / 1e6);
            }
        }
    }

    private static long[] sorted(long[] values) {
        Arrays.sort(values);
        return values;
    }
}
