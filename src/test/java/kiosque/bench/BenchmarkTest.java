package kiosque.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of the whole benchmark (2,000 articles, three indexing rounds, 26 queries, a real OpenSearch node) so the harness cannot rot.
 * Its figures are printed, not judged: only the report's shape and that every figure was measured are checked.
 */
class BenchmarkTest {

    @Test
    void aShortRunFillsEveryFigureOfTheReport(@TempDir Path out) throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(BenchOptions.DEFAULT_CORPUS),
                "corpus absent at " + BenchOptions.DEFAULT_CORPUS.toAbsolutePath() + ": skipping the benchmark run");
        BenchOptions options = new BenchOptions(BenchOptions.DEFAULT_CORPUS, 1, 2_000, 2, 26, List.of(1, 4), false, out,
                List.of(256, 128), new LatencyRecorder(1, 3, 0.2, 1), 1, 42);

        BenchReport report = new Benchmark(options, System.out).run();
        System.out.println(report.toMarkdown());

        JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(2_000, json.path("docs").asLong());
        for (String key : List.of("kiosque_docs_s", "kiosque_preextracted_docs_s", "lucene_docs_s", "opensearch_docs_s", "kiosque_archive_on_opensearch_docs_s")) {
            assertTrue(json.path("index").path(key).asDouble() > 0, "index." + key + " missing or zero: " + json.path("index"));
        }
        report.index().forEach((run, f) -> assertTrue(f.megabytesPerSecond() > 0, run + " has no MB/s of text: the load's text bytes were lost"));
        for (String key : List.of("kiosque_docs_s", "kiosque_preextracted_docs_s", "lucene_docs_s", "opensearch_docs_s", "kiosque_archive_on_opensearch_docs_s")) {
            JsonNode rounds = json.path("index_rounds").path(key);
            assertEquals(BenchOptions.DEFAULT_INDEX_ROUNDS, rounds.size(), "every round of " + key + " reported: " + json.path("index_rounds"));
            List<Long> sorted = new ArrayList<>();
            rounds.forEach(r -> sorted.add(r.asLong()));
            sorted.sort(null);
            assertTrue(sorted.getFirst() > 0, key + " has a round without figure: " + rounds);
            // the median round is the slower middle one of an even count: the lower middle docs/s
            assertEquals(sorted.get((sorted.size() - 1) / 2), json.path("index").path(key).asLong(), key + " is its median round");
        }
        for (String engine : List.of("kiosque", "opensearch", "lucene", "kiosque_on_opensearch", "opensearch_same_requests")) {
            for (String clients : List.of("c1", "c4")) {
                JsonNode figures = json.path("query").path(engine).path(clients);
                for (String key : List.of("p50_ms", "p90_ms", "p99_ms", "qps")) {
                    assertTrue(figures.path(key).asDouble() > 0, "query." + engine + "." + clients + "." + key + " missing or zero: " + figures);
                }
            }
        }
        assertTrue(json.path("memory").path("kiosque_min_xmx_mb").asInt() > 0, "no heap completed the query run: " + json.path("memory"));
        assertTrue(json.path("startup_ms").asLong() > 0, "startup not measured");
        assertTrue(Files.readString(out.resolve("report.md")).contains("(b) Kiosque writer / (e) its archive on OpenSearch"),
                "the like-for-like ratio is in the report");
    }

    @Test
    void eachRoundOpensWithAnotherLoadAndNoLoadAlwaysFollowsTheSameOne() {
        List<String> loads = List.of("a", "d", "b", "e", "c"); // the bench's order with OpenSearch up
        List<List<String>> orders = Benchmark.roundOrders(loads, 3, java.util.Set.of("d", "e"));
        assertEquals(loads, orders.getFirst(), "the first round as given");
        java.util.Map<String, List<String>> before = new java.util.HashMap<>();
        for (List<String> order : orders) {
            assertEquals(java.util.Set.copyOf(loads), java.util.Set.copyOf(order), "every load once: " + order);
            assertEquals(loads.size(), order.size(), "every load once: " + order);
            for (int i = 1; i < order.size(); i++) {
                assertNotEquals(java.util.Set.of("d", "e"), java.util.Set.of(order.get(i - 1), order.get(i)), "(d) next to (e): " + order);
                before.computeIfAbsent(order.get(i), k -> new ArrayList<>()).add(order.get(i - 1));
            }
        }
        assertEquals(3, orders.stream().map(List::getFirst).distinct().count(), "three rounds, three openers: " + orders);
        before.forEach((load, previous) -> assertTrue(previous.size() < 2 || java.util.Set.copyOf(previous).size() > 1,
                load + " came after the same load in every round it did not open: " + orders));
        // without OpenSearch: three loads, each opening one of three rounds
        assertEquals(3, Benchmark.roundOrders(List.of("a", "b", "c"), 3, java.util.Set.of()).stream().map(List::getFirst).distinct().count());
    }

    @Test
    void scaledCopiesGetFreshIdsAndDatesWholeYearsEarlierThatTheReaderKeeps(@TempDir Path dir) {
        var original = new kiosque.ingest.Article("a1", "Titre", "", "Texte.", kiosque.ingest.PartialDate.parse("2012-02-29"), null, null);
        var month = new kiosque.ingest.Article("a2", "Titre", "", "Texte.", kiosque.ingest.PartialDate.parse("2019-07"), null, null);
        List<kiosque.ingest.Article> scaled = BenchCorpus.scaled(List.of(original, month), 3);

        assertEquals(List.of("a1", "a2", "a1~1", "a2~1", "a1~2", "a2~2"), scaled.stream().map(kiosque.ingest.Article::id).toList());
        assertEquals(List.of("2012-02-29", "2019-07", "2011-02-28", "2018-07", "2010-02-28", "2017-07"),
                scaled.stream().map(a -> a.date().iso()).toList());
        // Read back as the pipeline (a) reads them: every copy keeps its date (a future one would be dropped).
        Path file = dir.resolve("scaled.jsonl");
        BenchCorpus.writeJsonLines(BenchCorpus.scaled(List.of(month), 12), file);
        assertEquals(Collections.nCopies(12, true), BenchCorpus.read(file, 100).stream().map(a -> a.date() != null).toList());
        assertEquals(Map.of("Texte.", 6L), scaled.stream().collect(java.util.stream.Collectors.groupingBy(kiosque.ingest.Article::body,
                java.util.stream.Collectors.counting())));
    }
}
