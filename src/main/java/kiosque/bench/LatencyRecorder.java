package kiosque.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the query mix against engines from N client threads: warm-up passes until the median and the tail stop
 * moving (JIT and caches settle), then measured passes pooled so that p99 rests on several hundred samples; engines
 * compared with each other take their measured passes in turns.
 */
public final class LatencyRecorder {

    /** One engine's way of answering a benchmark query; throws on any failure. */
    @FunctionalInterface
    public interface Engine {
        void answer(BenchQuery query) throws Exception;
    }

    private final int minWarmupPasses;
    private final int maxWarmupPasses;
    private final double steadyTolerance;
    private final int measuredPasses;

    /**
     * @param steadyTolerance warm-up ends when the last three passes (two when fewer are allowed) have medians
     *                        within this fraction of each other (0.05 = 5 %), and p90s within twice that
     * @param measuredPasses  passes timed after the warm-up, their latencies pooled
     */
    public LatencyRecorder(int minWarmupPasses, int maxWarmupPasses, double steadyTolerance, int measuredPasses) {
        if (measuredPasses < 1) throw new IllegalArgumentException("need at least one measured pass");
        this.measuredPasses = measuredPasses;
        if (minWarmupPasses < 1 || maxWarmupPasses < minWarmupPasses) {
            throw new IllegalArgumentException("need 1 <= minimum warm-up passes <= maximum, got " + minWarmupPasses + ".." + maxWarmupPasses);
        }
        this.minWarmupPasses = minWarmupPasses;
        this.maxWarmupPasses = maxWarmupPasses;
        this.steadyTolerance = steadyTolerance;
    }

    /**
     * 5 to 20 warm-up passes (OpenSearch needed about ten here), the last three steady within 5 %, then 5 measured
     * passes. Two steady passes were not enough: a server's JIT was still compiling minutes later (the same Kiosque
     * server went from 5.9 to 4.0 ms p50 at 4 clients over three rounds), and its compilations landing in the
     * measured passes showed as p99s of 76 ms in some runs. A steady median was not enough either: the rarer
     * query shapes are compiled last, which moves the tail and not the median (one server's p99 at 4 clients came
     * out at 72 ms after 6 passes, and at 26-32 ms in later rounds of the same code), so the p90 must settle too.
     */
    public static LatencyRecorder standard() {
        return new LatencyRecorder(5, 20, 0.05, 5);
    }

    /** One engine of a side-by-side run: its key in the report, the name it is logged under, how it answers. */
    public record Named(String key, String label, Engine engine) {}

    public LatencyFigures measure(List<BenchQuery> mix, Engine engine, int concurrency) {
        return measureSideBySide(mix, List.of(new Named("engine", "engine", engine)), concurrency).get("engine");
    }

    /**
     * Warms each engine in turn as {@link #measure} does, then times them in turns: measured pass p of every engine
     * before pass p + 1 of any, the order rotating from one pass to the next. The machine is shared and its speed
     * drifts over minutes (the same server's p50 at 4 clients came out at 7.6 and at 14.4 ms in two runs ten
     * minutes apart): engines measured one after the other each took their own stretch of that drift into the
     * ratios between them. Returns the figures by key, in the order given.
     */
    public Map<String, LatencyFigures> measureSideBySide(List<BenchQuery> mix, List<Named> engines, int concurrency) {
        int[] warmUps = new int[engines.size()];
        for (int e = 0; e < engines.size(); e++) warmUps[e] = warmUp(mix, engines.get(e).engine(), concurrency);
        long[][] pooled = new long[engines.size()][mix.size() * measuredPasses];
        long[] wall = new long[engines.size()];
        for (int p = 0; p < measuredPasses; p++) {
            for (int k = 0; k < engines.size(); k++) {
                int e = (p + k) % engines.size();
                // The client holds the corpus and every engine's garbage so far: its own collections must not land
                // inside one engine's measured pass rather than another's.
                System.gc();
                long[] latencies = new long[mix.size()];
                wall[e] += run(mix, engines.get(e).engine(), concurrency, latencies);
                System.arraycopy(latencies, 0, pooled[e], p * mix.size(), mix.size());
            }
        }
        Map<String, LatencyFigures> out = new LinkedHashMap<>();
        for (int e = 0; e < engines.size(); e++) out.put(engines.get(e).key(), LatencyFigures.of(pooled[e], wall[e], concurrency, warmUps[e]));
        return out;
    }

    /** Warm-up passes until the last ones agree (or the most allowed); returns how many were run. */
    private int warmUp(List<BenchQuery> mix, Engine engine, int concurrency) {
        int passes = 0;
        int window = Math.min(3, Math.max(2, minWarmupPasses));
        java.util.ArrayDeque<LatencyFigures> recent = new java.util.ArrayDeque<>();
        while (passes < maxWarmupPasses) {
            LatencyFigures pass = pass(mix, engine, concurrency, passes);
            passes++;
            recent.addLast(pass);
            if (recent.size() > window) recent.removeFirst();
            boolean steady = recent.size() == window && within(recent, LatencyFigures::p50Ms, steadyTolerance)
                    && within(recent, LatencyFigures::p90Ms, 2 * steadyTolerance);
            if (passes >= minWarmupPasses && steady) break;
        }
        return passes;
    }

    /** Whether the passes' figure spreads by at most {@code tolerance} of its lowest value. */
    private static boolean within(java.util.Collection<LatencyFigures> passes, java.util.function.ToDoubleFunction<LatencyFigures> figure, double tolerance) {
        double low = passes.stream().mapToDouble(figure).min().orElseThrow();
        double high = passes.stream().mapToDouble(figure).max().orElseThrow();
        return high - low <= tolerance * low;
    }

    private LatencyFigures pass(List<BenchQuery> mix, Engine engine, int concurrency, int warmupPasses) {
        long[] latencies = new long[mix.size()];
        long wall = run(mix, engine, concurrency, latencies);
        return LatencyFigures.of(latencies, wall, concurrency, warmupPasses);
    }

    /** One pass over the whole mix: each client thread takes the next query until none is left. Returns wall nanos. */
    private static long run(List<BenchQuery> mix, Engine engine, int concurrency, long[] latencies) {
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            for (int c = 0; c < concurrency; c++) {
                clients.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < mix.size(); i = next.getAndIncrement()) {
                        BenchQuery q = mix.get(i);
                        long t0 = System.nanoTime();
                        try {
                            engine.answer(q);
                        } catch (Exception e) {
                            throw new IllegalStateException("query " + q.id() + " [" + q.queryText() + "] failed: " + e.getMessage(), e);
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) client.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the query run", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        return System.nanoTime() - start;
    }
}
