package kiosque.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kiosque.index.FrenchAnalysis;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;

/**
 * Starts a real OpenSearch 2.19 node in its own JVM, loads 2,000 corpus articles with the Kiosque-equivalent
 * mapping, and checks that the benchmark's requests come back with hits, {@code <mark>} excerpts and facets.
 */
class OpenSearchArchiveClientTest {

    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");
    private static final String INDEX = "articles";
    private static final int DOCS = 2_000;

    private static OpenSearchNodeProcess node;
    private static OpenSearchArchiveClient client;
    private static List<BenchDocument> documents;
    private static BulkReport load;

    @BeforeAll
    static void startNodeAndLoad() {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), "corpus absent at " + CORPUS.toAbsolutePath() + ": skipping the OpenSearch test");
        documents = BenchCorpus.read(CORPUS, DOCS).stream().map(TitleNames::document).toList();

        node = OpenSearchNodeProcess.start(OpenSearchNodeSpec.singleNode(), Duration.ofSeconds(120));
        client = new OpenSearchArchiveClient(node.baseUrl());
        client.createIndex(INDEX, 1);
        load = client.bulkLoad(INDEX, documents, 500, 2);
        client.finishLoad(INDEX, 0);
        System.out.printf("OpenSearch node up in %d ms (pid %d); bulk of %d docs: %.0f docs/s, %.1f MB/s of text, %d retries%n",
                node.healthyAfterMs(), node.pid(), load.indexed(), load.docsPerSecond(), load.megabytesPerSecond(), load.retries());
    }

    @AfterAll
    static void stopNode() {
        if (node == null) return;
        Path home = node.home();
        node.close();
        assertFalse(node.isAlive(), "the node process is still running after close");
        assertFalse(Files.exists(home), "the node's temporary folder was left behind: " + home);
    }

    @Test
    void everyArticleIsSearchableAfterTheLoad() {
        assertEquals(List.of(), load.failures());
        assertEquals(DOCS, load.indexed());
        assertEquals(DOCS, client.count(INDEX));
    }

    @Test
    void aForceMergeLeavesOneSearchableSegmentAndEveryArticle() {
        client.forceMerge(INDEX);
        assertEquals(1, client.searchableSegments(INDEX));
        assertEquals(DOCS, client.count(INDEX));
    }

    @Test
    void openSearchAnalysesFrenchExactlyAsKiosqueDoes() throws Exception {
        try (Analyzer kiosque = FrenchAnalysis.text()) {
            for (BenchDocument doc : documents.subList(0, 25)) {
                String text = doc.title() + "\n" + doc.lede();
                assertEquals(terms(kiosque, text), client.analyze(INDEX, text), "analysis differs on article " + doc.id());
            }
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws java.io.IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) out.add(term.toString());
            stream.end();
        }
        return out;
    }

    @Test
    void titleWordsTypedWithoutAccentsFindTheArticleWithMarkedExcerpts() {
        BenchDocument target = documents.stream().filter(d -> longWords(d.title()).size() >= 3 && !d.title().equals(stripAccents(d.title())))
                .findFirst().orElseThrow();
        List<String> words = longWords(stripAccents(target.title())).subList(0, 3);
        SearchResult result = client.search(INDEX, query(BenchQuery.Match.ALL, words), 10);

        assertTrue(result.total() > 0, "no hit for " + words);
        assertTrue(result.hits().stream().anyMatch(h -> h.id().equals(target.id())),
                "article " + target.id() + " « " + target.title() + " » not in the top 10 for " + words);
        assertTrue(result.hits().stream().flatMap(h -> h.excerpts().stream()).anyMatch(e -> e.contains("<mark>")),
                "no <mark> in any excerpt: " + result.hits());
        assertTrue(result.hits().stream().allMatch(h -> h.excerpts().size() <= 3));
        assertFalse(result.facets().get("month").isEmpty(), "no month timeline");
    }

    @Test
    void actorFilterCountsMatchWhatWasIndexed() {
        Map<String, Long> perActor = new HashMap<>();
        documents.forEach(d -> d.actors().forEach(a -> perActor.merge(a, 1L, Long::sum)));
        Map.Entry<String, Long> top = perActor.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow();

        SearchResult all = client.search(INDEX, query(BenchQuery.Match.ALL, List.of()), 10);
        assertEquals(DOCS, all.total());
        assertEquals(new FacetValue(top.getKey(), top.getValue()), all.facets().get("actor").getFirst());

        BenchQuery filtered = new BenchQuery("actor", QueryCategory.ACTOR_FILTERED, BenchQuery.Match.ALL, List.of(), 0,
                null, null, top.getKey(), false);
        SearchResult result = client.search(INDEX, filtered, 10);
        assertEquals((long) top.getValue(), result.total());
        assertTrue(result.hits().stream().allMatch(h -> h.actors().contains(top.getKey())));
        assertEquals((long) top.getValue(), result.facets().get("month").stream().mapToLong(FacetValue::count).sum());
        assertEquals(all.facets().get("actor"), result.facets().get("actor"), "the actor list ignores the actor filter, as Kiosque's does");
        assertTrue(result.facets().get("org").stream().allMatch(v -> v.count() <= top.getValue()), "the other lists honour it");
    }

    @Test
    void dateRangeSortedNewestFirstStaysInRange() {
        List<LocalDate> dates = documents.stream().map(BenchDocument::date).sorted().toList();
        LocalDate from = dates.get(dates.size() / 4), to = dates.get(dates.size() / 2);
        String word = mostCommonLongWord();
        BenchQuery q = new BenchQuery("range", QueryCategory.DATE_RANGE, BenchQuery.Match.ALL, List.of(word), 0, from, to, null, true);
        SearchResult result = client.search(INDEX, q, 10);

        assertTrue(result.total() > 0, "nothing for " + word + " between " + from + " and " + to);
        List<LocalDate> hitDates = result.hits().stream().map(Hit::date).map(LocalDate::parse).toList();
        assertTrue(hitDates.stream().allMatch(d -> !d.isBefore(from) && !d.isAfter(to)), "out of range: " + hitDates);
        assertEquals(hitDates.stream().sorted(Comparator.reverseOrder()).toList(), hitDates, "not newest first");
    }

    @Test
    void phrasePrefixAndMisspeltWordsFindArticles() {
        BenchDocument doc = documents.get(7);
        List<String> titleWords = Arrays.stream(doc.title().split("[\\s:,;.!?«»\"()]+")).filter(w -> w.length() > 1).toList();
        SearchResult phrase = client.search(INDEX, query(BenchQuery.Match.PHRASE, titleWords.subList(0, 2)), 10);
        assertTrue(phrase.hits().stream().anyMatch(h -> h.id().equals(doc.id())), "phrase " + titleWords.subList(0, 2) + " missed " + doc.id());

        String word = mostCommonLongWord();
        SearchResult prefix = client.search(INDEX, query(BenchQuery.Match.PREFIX, List.of(word.substring(0, 5))), 10);
        assertTrue(prefix.total() > 0, "prefix " + word.substring(0, 5) + "* found nothing");

        String misspelt = word.substring(0, 3) + word.substring(4); // one letter dropped
        SearchResult fuzzy = client.search(INDEX, query(BenchQuery.Match.FUZZY, List.of(misspelt)), 10);
        assertTrue(fuzzy.total() > 0, misspelt + "~ found nothing");
    }

    @Test
    void aShortQueryMixRunsAtConcurrencyOneAndFour() {
        List<BenchQuery> mix = QueryMix.draw(documents, 42, 4).queries(); // 4 per category, 52 queries
        LatencyRecorder recorder = new LatencyRecorder(1, 3, 0.10, 1);
        Map<String, Long> totals = new HashMap<>();
        LatencyRecorder.Engine openSearch = q -> totals.put(q.id(), client.search(INDEX, q, 10).total());
        LatencyFigures c1 = recorder.measure(mix, openSearch, 1);
        LatencyFigures c4 = recorder.measure(mix, openSearch, 4);
        System.out.println("OpenSearch on " + mix.size() + " queries: " + c1 + " | " + c4);

        assertEquals(mix.size(), totals.size());
        long matching = totals.values().stream().filter(t -> t > 0).count();
        assertTrue(matching >= mix.size() * 8 / 10, "only " + matching + " of " + mix.size() + " queries found anything: " + totals);
    }

    @Test
    void aQueryOpenSearchCannotParseIsReportedWithItsReason() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> client.search(INDEX, query(BenchQuery.Match.ALL, List.of("\"unclosed")), 10));
        assertTrue(e.getMessage().contains("HTTP 400"), e.getMessage());
    }

    private static BenchQuery query(BenchQuery.Match match, List<String> words) {
        return new BenchQuery("t", QueryCategory.MEDIUM_TERM, match, words, 0, null, null, null, false);
    }

    private static List<String> longWords(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> w.length() >= 6).toList();
    }

    private static String stripAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String mostCommonLongWord() {
        Map<String, Integer> counts = new HashMap<>();
        documents.forEach(d -> longWords(d.lede()).stream().map(String::toLowerCase).distinct()
                .forEach(w -> counts.merge(w, 1, Integer::sum)));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return sorted.stream().map(Map.Entry::getKey).filter(w -> w.chars().allMatch(c -> c < 128)).findFirst().orElseThrow();
    }
}
