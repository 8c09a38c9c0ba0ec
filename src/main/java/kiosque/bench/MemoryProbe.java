package kiosque.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Finds the smallest {@code -Xmx} with which the Kiosque server answers the whole query mix without one error:
 * tries the heaps from largest to smallest and stops at the first that fails (out of memory, an error answer, or
 * no answer within the timeout).
 */
public final class MemoryProbe {

    /** The heaps tried by default, in MB. */
    public static final List<Integer> DEFAULT_LADDER = List.of(512, 256, 192, 128, 96, 64);

    private final List<Integer> ladderMb;
    private final int concurrency;

    public MemoryProbe(List<Integer> ladderMb, int concurrency) {
        if (ladderMb.isEmpty()) throw new IllegalArgumentException("no heap size to try");
        this.ladderMb = ladderMb.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        this.concurrency = concurrency;
    }

    /** The smallest heap that completed the run, or 0 when even the largest failed. */
    public int smallestHeapMb(Path index, Path workDir, List<BenchQuery> mix, PrintStream log) {
        int smallest = 0;
        for (int heap : ladderMb) {
            String failure = trial(index, workDir, mix, heap);
            log.printf("  -Xmx%dm: %s%n", heap, failure == null ? "completed " + mix.size() + " queries x2 at c" + concurrency + ", no error" : "failed: " + failure);
            if (failure != null) break;
            smallest = heap;
        }
        return smallest;
    }

    /** Runs the mix twice (once to warm, once more) at the probe's concurrency; returns what went wrong, or null. */
    private String trial(Path index, Path workDir, List<BenchQuery> mix, int heapMb) {
        try (KiosqueServerProcess server = KiosqueServerProcess.launch(index, workDir, heapMb)) {
            KiosqueApiClient api = new KiosqueApiClient(server.baseUrl());
            try {
                server.awaitFirstAnswer(api, mix.getFirst(), Duration.ofSeconds(120));
                new LatencyRecorder(1, 1, 1.0, 1).measure(mix, api::search, concurrency);
            } catch (RuntimeException e) {
                return firstLine(e.getMessage());
            }
            return server.isAlive() ? null : "the server exited (see " + server.log() + ")";
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
