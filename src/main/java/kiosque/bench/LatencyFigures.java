package kiosque.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latency and throughput of one measured pass of the query mix.
 *
 * @param warmupPasses  passes run before this one, until the figures stopped moving
 * @param warmupSeconds how long those passes took
 */
public record LatencyFigures(double p50Ms, double p90Ms, double p99Ms, double qps, int queries, int concurrency, int warmupPasses,
                             double warmupSeconds) {

    /** Figures from each query's latency and the wall time of the whole pass. */
    public static LatencyFigures of(long[] latencyNanos, long wallNanos, int concurrency, int warmupPasses, double warmupSeconds) {
        if (latencyNanos.length == 0) throw new IllegalArgumentException("no query was timed");
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencyFigures(percentileMs(sorted, 50), percentileMs(sorted, 90), percentileMs(sorted, 99),
                sorted.length * 1e9 / wallNanos, sorted.length, concurrency, warmupPasses, warmupSeconds);
    }

    /** Nearest-rank percentile: the smallest latency that at least p% of queries did not exceed. */
    static double percentileMs(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    /** The shape report.json uses: {"p50_ms", "p90_ms", "p99_ms", "qps"}. */
    public Map<String, Object> toReport() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p50_ms", round(p50Ms));
        out.put("p90_ms", round(p90Ms));
        out.put("p99_ms", round(p99Ms));
        out.put("qps", round(qps));
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    @Override
    public String toString() {
        return String.format("c%d: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, %.0f q/s (%d queries, after %d warm-up passes in %.0f s)",
                concurrency, p50Ms, p90Ms, p99Ms, qps, queries, warmupPasses, warmupSeconds);
    }
}
