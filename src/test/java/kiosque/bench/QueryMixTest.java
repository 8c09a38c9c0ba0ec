package kiosque.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");
    private static List<BenchDocument> corpus;
    private static QueryMix.Source source;
    private static List<List<String>> tokens;
    private static Set<String> vocabulary;

    @BeforeAll
    static void readCorpus() {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), "corpus absent at " + CORPUS.toAbsolutePath() + ": skipping");
        corpus = BenchCorpus.read(CORPUS, 2_000).stream().map(TitleNames::document).toList();
        source = QueryMix.source(corpus);
        tokens = corpus.stream().map(d -> QueryMix.tokens(d.title() + " \n " + d.lede() + " \n " + d.body())).toList();
        vocabulary = tokens.stream().flatMap(List::stream).collect(Collectors.toSet());
    }

    @Test
    void theDefaultMixHasOverTwoHundredQueriesInEveryCategory() {
        QueryMix mix = source.draw(42, QueryMix.DEFAULT_PER_CATEGORY);
        assertTrue(mix.queries().size() >= 200, "only " + mix.queries().size() + " queries");
        assertEquals(List.of(), mix.omitted());
        Set<QueryCategory> seen = mix.queries().stream().map(BenchQuery::category).collect(Collectors.toCollection(() -> EnumSet.noneOf(QueryCategory.class)));
        assertEquals(EnumSet.allOf(QueryCategory.class), seen);
        assertEquals(mix.queries().size(), mix.queries().stream().map(BenchQuery::id).distinct().count(), "ids are not unique");
    }

    @Test
    void withoutExtractedActorsTheMixSaysSoAndStillHasTwoHundredQueries() {
        List<BenchDocument> noActors = corpus.stream().map(d -> new BenchDocument(d.id(), d.title(), d.lede(), d.body(), d.date(),
                List.of(), List.of(), List.of())).toList();
        QueryMix mix = QueryMix.draw(noActors, 42, QueryMix.DEFAULT_PER_CATEGORY);
        assertEquals(List.of(QueryCategory.ACTOR_FILTERED), mix.omitted());
        assertTrue(mix.queries().size() >= 200, "only " + mix.queries().size() + " queries");
    }

    @Test
    void theSameSeedDrawsTheSameMixAndAnotherSeedAnother() {
        assertEquals(source.draw(42, 5), source.draw(42, 5));
        assertNotEquals(source.draw(42, 5), source.draw(7, 5));
    }

    @Test
    void highFrequencyTermsAreInManyMoreArticlesThanLowFrequencyOnes() {
        QueryMix mix = source.draw(42, 10);
        double high = mix.queries().stream().filter(q -> q.category() == QueryCategory.HIGH_TERM).mapToInt(q -> docFreq(q.words().getFirst())).average().orElseThrow();
        double low = mix.queries().stream().filter(q -> q.category() == QueryCategory.LOW_TERM).mapToInt(q -> docFreq(q.words().getFirst())).average().orElseThrow();
        assertTrue(high >= corpus.size() * 0.05, "high-frequency terms average only " + high + " articles");
        assertTrue(low >= 3 && low <= 10, "low-frequency terms average " + low + " articles");
    }

    @Test
    void phrasesAndTwoTermQueriesComeFromRealArticles() {
        QueryMix mix = source.draw(42, 10);
        for (BenchQuery q : mix.queries()) {
            switch (q.category()) {
                case PHRASE -> assertTrue(tokens.stream().anyMatch(t -> containsSequence(t, q.words(), 1)),
                        "phrase " + q.words() + " is in no article");
                case SLOPPY_PHRASE -> assertTrue(q.slop() > 0 && tokens.stream().anyMatch(t -> containsSequence(t, q.words(), 2)),
                        "sloppy phrase " + q.words() + " is in no article");
                case AND_HIGH_HIGH, AND_HIGH_MEDIUM -> assertTrue(tokens.stream().anyMatch(t -> t.containsAll(q.words())),
                        q.words() + " never occur together");
                case ACTOR_FILTERED -> assertTrue(corpus.stream().anyMatch(d -> d.actors().contains(q.actor())), "unknown actor " + q.actor());
                case FUZZY -> assertTrue(vocabulary.stream().anyMatch(t -> oneSlipAway(t, q.words().getFirst())),
                        q.words().getFirst() + " is not one dropped or swapped letter away from a corpus word");
                default -> { }
            }
        }
    }

    @Test
    void queryTextUsesTheClassicSyntaxBothEnginesRead() {
        assertEquals("\"cessez feu\"~3", new BenchQuery("a", QueryCategory.SLOPPY_PHRASE, BenchQuery.Match.PHRASE, List.of("cessez", "feu"), 3, null, null, null, false).queryText());
        assertEquals("gouv*", new BenchQuery("b", QueryCategory.PREFIX, BenchQuery.Match.PREFIX, List.of("gouv"), 0, null, null, null, false).queryText());
        assertEquals("syrie OR turquie", new BenchQuery("c", QueryCategory.OR_HIGH_MEDIUM, BenchQuery.Match.ANY, List.of("syrie", "turquie"), 0, null, null, null, false).queryText());
    }

    private static int docFreq(String word) {
        return (int) tokens.stream().filter(t -> t.contains(word)).count();
    }

    /** typed is word with one letter dropped or two neighbours swapped. */
    private static boolean oneSlipAway(String word, String typed) {
        if (word.length() == typed.length() + 1) {
            for (int i = 0; i < word.length(); i++) if ((word.substring(0, i) + word.substring(i + 1)).equals(typed)) return true;
        } else if (word.length() == typed.length() && !word.equals(typed)) {
            for (int i = 0; i + 1 < word.length(); i++) {
                if ((word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2)).equals(typed)) return true;
            }
        }
        return false;
    }

    private static boolean containsSequence(List<String> tokens, List<String> pair, int distance) {
        for (int i = 0; i + distance < tokens.size(); i++) {
            if (tokens.get(i).equals(pair.get(0)) && tokens.get(i + distance).equals(pair.get(1))) return true;
        }
        return false;
    }
}
