package kiosque.bench;

import java.time.Duration;
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
    private final long minWarmupNanos;
    /**
     * Warm-up time each engine has had from this recorder so far: a server stays warm from one concurrency to the next.
     * By the engine itself, not its key: keys only tell the engines of one side-by-side run apart (the bench's
     * « kiosque » is its server, then Kiosque on OpenSearch).
     */
    private final Map<Engine, Long> warmedNanos = new java.util.IdentityHashMap<>();

    /** As {@link #LatencyRecorder(int, int, double, int, Duration)} with no minimum warm-up time. */
    public LatencyRecorder(int minWarmupPasses, int maxWarmupPasses, double steadyTolerance, int measuredPasses) {
        this(minWarmupPasses, maxWarmupPasses, steadyTolerance, measuredPasses, Duration.ZERO);
    }

    /**
     * @param steadyTolerance warm-up ends when the last three passes (two when fewer are allowed) have medians
     *                        within this fraction of each other (0.05 = 5 %), and p90s within twice that
     * @param maxWarmupPasses at most this many passes once the minimum passes and time are reached
     * @param measuredPasses  passes timed after the warm-up, their latencies pooled
     * @param minWarmup       each engine is warmed at least this long over the recorder's runs, whatever its passes say
     */
    public LatencyRecorder(int minWarmupPasses, int maxWarmupPasses, double steadyTolerance, int measuredPasses, Duration minWarmup) {
        if (measuredPasses < 1) throw new IllegalArgumentException("need at least one measured pass");
        if (minWarmup.isNegative()) throw new IllegalArgumentException("negative minimum warm-up: " + minWarmup);
        this.minWarmupNanos = minWarmup.toNanos();
        this.measuredPasses = measuredPasses;
        if (minWarmupPasses < 1 || maxWarmupPasses < minWarmupPasses) {
            throw new IllegalArgumentException("need 1 <= minimum warm-up passes <= maximum, got " + minWarmupPasses + ".." + maxWarmupPasses);
        }
        this.minWarmupPasses = minWarmupPasses;
        this.maxWarmupPasses = maxWarmupPasses;
        this.steadyTolerance = steadyTolerance;
    }

    /**
     * At least 90 s and 5 passes of warm-up per engine, then up to 20 more passes until the last three agree within 5 %
     * on the median and 10 % on the p90; then 5 measured passes. Passes alone ended the warm-up of Kiosque's server while its JIT
     * was still compiling: on this 2-core machine (`ServerWarmUp INDEX 40 1,4` on OrangeSum) its compiler threads used
     * 22 s of CPU in the first 25 s of the mix and 36 s by 55 s, then 3 s more in the next 35 s; its p50 at 4 clients
     * was 10.5-11.7 ms at 25-42 s and 4.5-6.3 ms from 57 s on. Twenty passes at each concurrency took Kiosque about
     * half a minute. A pass takes 0.4-2 s depending on the engine and the clients, so no count of passes fits every
     * engine; the time does. Three agreeing passes on top are still needed: a steady median alone let the rarer query
     * shapes, compiled last, move the tail (one server's p99 at 4 clients came out at 72 ms after 6 passes, 26-32 ms
     * later), so the p90 must settle too.
     */
    public static LatencyRecorder standard() {
        return new LatencyRecorder(5, 20, 0.05, 5, Duration.ofSeconds(90));
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
        WarmUp[] warmUps = new WarmUp[engines.size()];
        for (int e = 0; e < engines.size(); e++) warmUps[e] = warmUp(mix, engines.get(e), concurrency);
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
        for (int e = 0; e < engines.size(); e++) out.put(engines.get(e).key(), LatencyFigures.of(pooled[e], wall[e], concurrency, warmUps[e].passes(), warmUps[e].seconds()));
        return out;
    }

    /** How one engine was warmed before a measurement: passes run and their time. */
    private record WarmUp(int passes, double seconds) {}

    /**
     * Warm-up passes until the engine has had the minimum warm-up time (over this recorder's runs) and the minimum
     * passes, then until the last ones agree, at most {@code maxWarmupPasses} more.
     */
    private WarmUp warmUp(List<BenchQuery> mix, Named engine, int concurrency) {
        int passes = 0, afterMinimum = 0;
        long start = System.nanoTime();
        int window = Math.min(3, Math.max(2, minWarmupPasses));
        java.util.ArrayDeque<LatencyFigures> recent = new java.util.ArrayDeque<>();
        while (true) {
            long t0 = System.nanoTime();
            LatencyFigures pass = pass(mix, engine.engine(), concurrency);
            warmedNanos.merge(engine.engine(), System.nanoTime() - t0, Long::sum);
            passes++;
            recent.addLast(pass);
            if (recent.size() > window) recent.removeFirst();
            if (passes < minWarmupPasses || warmedNanos.get(engine.engine()) < minWarmupNanos) continue;
            afterMinimum++;
            boolean steady = recent.size() == window && within(recent, LatencyFigures::p50Ms, steadyTolerance)
                    && within(recent, LatencyFigures::p90Ms, 2 * steadyTolerance);
            if (steady || afterMinimum >= maxWarmupPasses) break;
        }
        return new WarmUp(passes, (System.nanoTime() - start) / 1e9);
    }

    /** Whether the passes' figure spreads by at most {@code tolerance} of its lowest value. */
    private static boolean within(java.util.Collection<LatencyFigures> passes, java.util.function.ToDoubleFunction<LatencyFigures> figure, double tolerance) {
        double low = passes.stream().mapToDouble(figure).min().orElseThrow();
        double high = passes.stream().mapToDouble(figure).max().orElseThrow();
        return high - low <= tolerance * low;
    }

    private LatencyFigures pass(List<BenchQuery> mix, Engine engine, int concurrency) {
        long[] latencies = new long[mix.size()];
        long wall = run(mix, engine, concurrency, latencies);
        return LatencyFigures.of(latencies, wall, concurrency, 0, 0);
    }

    /** One pass over the whole mix (also ServerWarmUp's rounds): each client thread takes the next query until none is left. Returns wall nanos. */
    static long run(List<BenchQuery> mix, Engine engine, int concurrency, long[] latencies) {
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
