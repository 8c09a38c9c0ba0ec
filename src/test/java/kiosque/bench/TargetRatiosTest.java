package kiosque.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TargetRatiosTest {

    private static IndexFigures docsPerSecond(double rate) {
        return new IndexFigures(1_000, 1_000_000, (long) (1_000 / rate * 1e9));
    }

    private static Map<Integer, LatencyFigures> at4(double p50, double p99) {
        return Map.of(4, new LatencyFigures(p50, p50, p99, 100, 221, 4, 2, 1));
    }

    @Test void eachTargetIsTheRatioOfTheSameRunAndSaysWhetherItIsMet() {
        BenchReport report = new BenchReport(1_000,
                Map.of("kiosque", docsPerSecond(4_000), "kiosque_preextracted", docsPerSecond(8_000),
                        "lucene", docsPerSecond(16_000), "opensearch", docsPerSecond(6_000)),
                Map.of("kiosque", at4(6, 24), "opensearch", at4(14, 46), "lucene", at4(1.5, 20)), 64, 1_200, Map.of());
        List<TargetRatios.Row> rows = TargetRatios.of(report);
        assertEquals(0.25, rows.get(0).value(), 1e-6);
        assertEquals("missed", rows.get(0).verdict());
        assertEquals(8_000.0 / 6_000, rows.get(1).value(), 1e-6);
        assertEquals("met", rows.get(1).verdict());
        assertEquals(6.0 / 14, rows.get(2).value(), 1e-9);
        assertEquals("met", rows.get(2).verdict());
        assertEquals("missed", rows.get(3).verdict(), "24 / 46 is above one half");
        assertEquals(4.0, rows.get(4).value(), 1e-9);
        assertEquals("missed", rows.get(4).verdict());
        assertEquals("met", rows.get(5).verdict());
        assertEquals("met", rows.get(6).verdict());
        String md = report.toMarkdown();
        assertTrue(md.contains("| (a) Kiosque pipeline / (c) bare Lucene, docs/s | ≥ 0.5 | 0.25 | missed |"), md);
    }

    @Test void aSkippedEngineLeavesItsTargetsUnjudged() {
        BenchReport report = new BenchReport(1_000, Map.of("kiosque", docsPerSecond(4_000), "lucene", docsPerSecond(16_000)),
                Map.of("kiosque", at4(6, 24)), 0, 1_200, Map.of());
        List<TargetRatios.Row> rows = TargetRatios.of(report);
        assertEquals("skipped", rows.get(1).verdict());
        assertEquals("skipped", rows.get(2).verdict());
        assertEquals("skipped", rows.get(5).verdict(), "no -Xmx tried completed");
    }
}
