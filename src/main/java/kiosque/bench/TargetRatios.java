package kiosque.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark issue's targets, each as the ratio this run measured side by side, and whether it is met. Printed
 * under the figures so that nobody has to redo the division, and so that a run that misses says so.
 */
final class TargetRatios {

    /** One target: what is compared, the limit, the measured value (NaN when a run was skipped). */
    record Row(String what, String limit, double value, boolean atLeast, double bound) {
        String verdict() {
            if (Double.isNaN(value)) return "skipped";
            return (atLeast ? value >= bound : value <= bound) ? "met" : "missed";
        }
    }

    private TargetRatios() {}

    static List<Row> of(BenchReport r) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("(a) Kiosque pipeline / (c) bare Lucene, docs/s", "≥ 0.5", indexRatio(r, "kiosque", "lucene"), true, 0.5));
        rows.add(new Row("(b) Kiosque writer / (d) OpenSearch bulk, docs/s", "≥ 1.3", indexRatio(r, "kiosque_preextracted", "opensearch"), true, 1.3));
        rows.add(new Row("Kiosque / OpenSearch, p50 at 4 clients", "≤ 0.5", latencyRatio(r, "opensearch", LatencyFigures::p50Ms), false, 0.5));
        rows.add(new Row("Kiosque / OpenSearch, p99 at 4 clients", "≤ 0.5", latencyRatio(r, "opensearch", LatencyFigures::p99Ms), false, 0.5));
        rows.add(new Row("Kiosque / in-process Lucene, p50 at 4 clients", "≤ 2", latencyRatio(r, "lucene", LatencyFigures::p50Ms), false, 2));
        rows.add(new Row("smallest -Xmx completing the query run, MB", "≤ 256",
                r.kiosqueMinXmxMb() == 0 ? Double.NaN : r.kiosqueMinXmxMb(), false, 256));
        rows.add(new Row("startup to first answer, ms", "≤ 2000", r.startupMs() <= 0 ? Double.NaN : r.startupMs(), false, 2000));
        return rows;
    }

    static String toMarkdown(BenchReport r) {
        StringBuilder md = new StringBuilder("| target | limit | this run | |\n|---|---|---:|---|\n");
        for (Row row : of(r)) {
            String value = Double.isNaN(row.value()) ? "" : row.value() >= 100 ? String.format("%,.0f", row.value()) : String.format("%.2f", row.value());
            md.append("| ").append(row.what()).append(" | ").append(row.limit()).append(" | ").append(value).append(" | ").append(row.verdict()).append(" |\n");
        }
        return md.toString();
    }

    /**
     * (b) against (e), Kiosque's archive on OpenSearch with the same fields: printed under the targets, not one of
     * them ((d) has the smaller mapping); empty when either run was skipped.
     */
    static String likeForLikeMarkdown(BenchReport r) {
        double ratio = indexRatio(r, "kiosque_preextracted", "kiosque_archive_on_opensearch");
        return Double.isNaN(ratio) ? "" : String.format("%nLike for like, not one of the issue's targets: (b) Kiosque writer / (e) its archive on OpenSearch "
                + "(the same fields; (d) has the issue's smaller mapping), docs/s: %.2f%n", ratio);
    }

    private static double indexRatio(BenchReport r, String run, String reference) {
        IndexFigures a = r.index().get(run), b = r.index().get(reference);
        return a == null || b == null ? Double.NaN : a.docsPerSecond() / b.docsPerSecond();
    }

    private static double latencyRatio(BenchReport r, String reference, java.util.function.ToDoubleFunction<LatencyFigures> figure) {
        LatencyFigures k = at4(r.query().get("kiosque")), o = at4(r.query().get(reference));
        return k == null || o == null ? Double.NaN : figure.applyAsDouble(k) / figure.applyAsDouble(o);
    }

    private static LatencyFigures at4(Map<Integer, LatencyFigures> perClients) {
        return perClients == null ? null : perClients.get(4);
    }
}
