package kiosque.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;

/**
 * Draws the benchmark's query mix from the corpus with a fixed seed, in the families of Lucene's nightly
 * benchmarks. Term frequency bands are document-frequency fractions of the corpus; two-term, phrase and
 * filtered queries are taken from one real article so that they match something.
 *
 * @param queries the mix, in a fixed order
 * @param omitted categories that the corpus could not supply (actor-filtered when no article has an actor)
 */
public record QueryMix(List<BenchQuery> queries, List<QueryCategory> omitted) {

    /** 17 per category: 221 queries, still over 200 if the corpus has no actors to filter on. */
    public static final int DEFAULT_PER_CATEGORY = 17;

    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final CharArraySet STOP = FrenchAnalyzer.getDefaultStopSet();

    public QueryMix {
        queries = List.copyOf(queries);
        omitted = List.copyOf(omitted);
    }

    public static QueryMix draw(List<BenchDocument> corpus, long seed, int perCategory) {
        return source(corpus).draw(seed, perCategory);
    }

    /** The corpus statistics a mix is drawn from, computed once for several draws. */
    public static Source source(List<BenchDocument> corpus) {
        if (corpus.size() < 100) throw new IllegalArgumentException("need at least 100 articles to draw a query mix, got " + corpus.size());
        return new Source(corpus);
    }

    /** Words of an article's text, lowercased, in order, stop words and one- or two-letter words included. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NOT_A_LETTER.split(text)) {
            if (!w.isEmpty()) out.add(w.toLowerCase(Locale.FRENCH));
        }
        return out;
    }

    static boolean isContentWord(String w) {
        return w.length() >= 3 && !STOP.contains(w);
    }

    public static final class Source {
        private final List<BenchDocument> corpus;
        private Random random;
        private final Map<String, Integer> docFreq = new HashMap<>();
        private final List<String> high, medium, low;
        private final List<List<String>> tokensPerDoc = new ArrayList<>();
        private int counter;

        private Source(List<BenchDocument> corpus) {
            this.corpus = List.copyOf(corpus);
            for (BenchDocument d : corpus) {
                List<String> words = tokens(d.title() + " \n " + d.lede() + " \n " + d.body());
                tokensPerDoc.add(words);
                Set<String> distinct = new HashSet<>();
                for (String w : words) if (isContentWord(w)) distinct.add(w);
                distinct.forEach(w -> docFreq.merge(w, 1, Integer::sum));
            }
            int n = corpus.size();
            // bands as fractions of the corpus, like the nightly benchmark's High / Med / Low terms
            high = band(Math.max(2, n * 5 / 100), Integer.MAX_VALUE);
            medium = band(Math.max(2, n / 200), Math.max(3, n / 50));
            low = band(3, Math.max(4, n / 1000));
        }

        private List<String> band(int minDf, int maxDf) {
            TreeSet<String> words = new TreeSet<>(); // sorted: the draw depends on the seed only
            docFreq.forEach((w, df) -> {
                if (df >= minDf && df <= maxDf) words.add(w);
            });
            return List.copyOf(words);
        }

        /** The same seed gives the same mix. */
        public synchronized QueryMix draw(long seed, int perCategory) {
            random = new Random(seed);
            counter = 0;
            List<BenchQuery> out = new ArrayList<>();
            List<QueryCategory> omitted = new ArrayList<>();
            List<BenchDocument> withActors = corpus.stream().filter(d -> !d.actors().isEmpty()).toList();
            List<LocalDate> dates = corpus.stream().map(BenchDocument::date).filter(d -> d != null).sorted().toList();
            for (QueryCategory category : QueryCategory.values()) {
                if (category == QueryCategory.ACTOR_FILTERED && withActors.isEmpty()
                        || category == QueryCategory.DATE_RANGE && dates.isEmpty()) {
                    omitted.add(category);
                    continue;
                }
                for (int i = 0; i < perCategory; i++) out.add(one(category, withActors, dates));
            }
            return new QueryMix(out, omitted);
        }

        private BenchQuery one(QueryCategory category, List<BenchDocument> withActors, List<LocalDate> dates) {
            String id = category.name().toLowerCase(Locale.ROOT) + "-" + (++counter);
            return switch (category) {
                case HIGH_TERM -> terms(id, category, List.of(pick(high)));
                case MEDIUM_TERM -> terms(id, category, List.of(pick(medium)));
                case LOW_TERM -> terms(id, category, List.of(pick(low)));
                case AND_HIGH_HIGH -> terms(id, category, coOccurring(high, high));
                case AND_HIGH_MEDIUM -> terms(id, category, coOccurring(high, medium));
                case OR_HIGH_MEDIUM -> new BenchQuery(id, category, BenchQuery.Match.ANY, List.of(pick(high), pick(medium)), 0, null, null, null, false);
                case PHRASE -> new BenchQuery(id, category, BenchQuery.Match.PHRASE, adjacentPair(1), 0, null, null, null, false);
                case SLOPPY_PHRASE -> new BenchQuery(id, category, BenchQuery.Match.PHRASE, adjacentPair(2), 3, null, null, null, false);
                case PREFIX -> new BenchQuery(id, category, BenchQuery.Match.PREFIX, List.of(prefixOf(pick(medium))), 0, null, null, null, false);
                case FUZZY -> new BenchQuery(id, category, BenchQuery.Match.FUZZY, List.of(misspell(pickLonger(medium, 6))), 0, null, null, null, false);
                case SORTED_BY_DATE -> new BenchQuery(id, category, BenchQuery.Match.ALL, List.of(pick(medium)), 0, null, null, null, true);
                case DATE_RANGE -> {
                    LocalDate from = dates.get(random.nextInt(dates.size()));
                    yield new BenchQuery(id, category, BenchQuery.Match.ALL, List.of(pick(high)), 0, from, from.plusMonths(6), null, false);
                }
                case ACTOR_FILTERED -> {
                    BenchDocument doc = withActors.get(random.nextInt(withActors.size()));
                    String actor = doc.actors().get(random.nextInt(doc.actors().size()));
                    yield new BenchQuery(id, category, BenchQuery.Match.ALL, List.of(pick(high)), 0, null, null, actor, false);
                }
            };
        }

        private static BenchQuery terms(String id, QueryCategory category, List<String> words) {
            return new BenchQuery(id, category, BenchQuery.Match.ALL, words, 0, null, null, null, false);
        }

        private String pick(List<String> band) {
            if (band.isEmpty()) throw new IllegalStateException("the corpus has no word in one of the frequency bands; give it more articles");
            return band.get(random.nextInt(band.size()));
        }

        private String pickLonger(List<String> band, int minLength) {
            for (int tries = 0; tries < 1000; tries++) {
                String w = pick(band);
                if (w.length() >= minLength) return w;
            }
            throw new IllegalStateException("no word of " + minLength + "+ letters in the medium band");
        }

        /** Two different words of the given bands that one article contains: an AND that matches. */
        private List<String> coOccurring(Collection<String> first, Collection<String> second) {
            Set<String> a = new HashSet<>(first), b = new HashSet<>(second);
            for (int tries = 0; tries < 1000; tries++) {
                List<String> words = tokensPerDoc.get(random.nextInt(tokensPerDoc.size()));
                List<String> inA = new ArrayList<>(new TreeSet<>(words.stream().filter(a::contains).toList()));
                List<String> inB = new ArrayList<>(new TreeSet<>(words.stream().filter(b::contains).toList()));
                if (inA.isEmpty() || inB.isEmpty()) continue;
                String x = inA.get(random.nextInt(inA.size())), y = inB.get(random.nextInt(inB.size()));
                if (!x.equals(y)) return List.of(x, y);
            }
            throw new IllegalStateException("no article holds two words of the requested bands");
        }

        /** Two content words {@code distance} tokens apart in a real article: « président américain ». */
        private List<String> adjacentPair(int distance) {
            for (int tries = 0; tries < 10_000; tries++) {
                List<String> words = tokensPerDoc.get(random.nextInt(tokensPerDoc.size()));
                if (words.size() <= distance) continue;
                int i = random.nextInt(words.size() - distance);
                String x = words.get(i), y = words.get(i + distance);
                if (isContentWord(x) && isContentWord(y) && !x.equals(y) && docFreq.getOrDefault(x, 0) >= 3 && docFreq.getOrDefault(y, 0) >= 3) {
                    return List.of(x, y);
                }
            }
            throw new IllegalStateException("found no phrase in the corpus");
        }

        private static String prefixOf(String word) {
            return word.substring(0, Math.min(word.length(), 4));
        }

        /** One letter dropped or two neighbours swapped inside the word, as a hurried typist would. */
        private String misspell(String word) {
            int i = 1 + random.nextInt(word.length() - 2);
            if (random.nextBoolean()) return word.substring(0, i) + word.substring(i + 1);
            return word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2);
        }
    }
}
