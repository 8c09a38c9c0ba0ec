package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.index.FrenchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Turns what a user types into a Lucene query: words AND-ed across title (boosted), lede and body;
 * "phrases", -exclusions, OR, parentheses, and French field prefixes (acteur:, lieu:, org:, titre:, citation:).
 */
public final class TextQueryParser {

    /** Field prefixes users may type, French first, mapped to index fields. */
    static final Map<String, String> FIELD_PREFIXES = Map.ofEntries(
            Map.entry("acteur", ACTOR_TEXT), Map.entry("actor", ACTOR_TEXT), Map.entry("personne", ACTOR_TEXT),
            Map.entry("lieu", PLACE_TEXT), Map.entry("place", PLACE_TEXT),
            Map.entry("org", ORG_TEXT), Map.entry("organisation", ORG_TEXT),
            Map.entry("titre", TITLE), Map.entry("title", TITLE),
            Map.entry("chapo", LEDE), Map.entry("lede", LEDE),
            Map.entry("texte", BODY), Map.entry("body", BODY),
            Map.entry("citation", QUOTE), Map.entry("quote", QUOTE),
            Map.entry("orateur", SPEAKER_TEXT), Map.entry("speaker", SPEAKER_TEXT));

    private static final Map<String, Float> DEFAULT_FIELDS = Map.of(TITLE, 3f, LEDE, 1.5f, BODY, 1f);
    /** Fields analysed as French running text: the index holds light stems, not the words as spelt. */
    private static final Set<String> STEMMED_FIELDS = Set.of(TITLE, LEDE, BODY, QUOTE);
    private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}\\\\])(\\p{L}[\\p{L}\\d_]*):");
    private static final int MAX_QUERY_LENGTH = 4000;
    /**
     * Wildcard, fuzzy and pattern words expand against the term dictionary while the query is rewritten, before
     * the search time limit starts counting: their number and the length of fuzzy words are capped instead.
     */
    static final int MAX_EXPANDING_WORDS = 8;
    static final int MAX_FUZZY_CHARS = 30;
    /** The closest terms a fuzzy word expands to, per field (Lucene's default). */
    static final int MAX_FUZZY_EXPANSIONS = 50;

    private final Analyzer analyzer = FrenchAnalysis.perField();

    /** The query for the text, or match-all when it is blank. */
    public Query parse(String text, boolean fuzzy) {
        String q = normalise(text);
        if (q.isBlank()) return new MatchAllDocsQuery();
        if (q.length() > MAX_QUERY_LENGTH)
            throw new BadQueryException("query too long", "the query has " + q.length() + " characters; the limit is " + MAX_QUERY_LENGTH);
        checkBalanced(q);
        Parser parser = new Parser(analyzer, fuzzy);
        try {
            return parser.parse(q);
        } catch (ParseException | IllegalArgumentException e) {
            throw new BadQueryException("bad query", firstLine(e.getMessage()));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("query too complex", "more than " + IndexSearcher.getMaxClauseCount() + " clauses");
        } catch (TooComplexToDeterminizeException e) {
            throw new BadQueryException("query too complex", "the pattern is too complex to run");
        }
    }

    /** French quotation marks become phrase quotes; unknown « word: » prefixes are taken as plain words. */
    static String normalise(String text) {
        String q = text.replace('«', '"').replace('»', '"').replace('“', '"').replace('”', '"').replace('\u00A0', ' ');
        Matcher m = PREFIX.matcher(q);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(
                    FIELD_PREFIXES.containsKey(word.toLowerCase()) ? word.toLowerCase() + ":" : word + "\\:"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void checkBalanced(String q) {
        int quotes = 0, depth = 0;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '"') quotes++;
            else if (quotes % 2 == 0 && c == '(') depth++;
            else if (quotes % 2 == 0 && c == ')') {
                if (--depth < 0) throw new BadQueryException("unbalanced parentheses", "a ')' at character " + (i + 1) + " closes nothing");
            }
        }
        if (quotes % 2 != 0) throw new BadQueryException("unbalanced quotes", "a phrase opened with \" is never closed");
        if (depth != 0) throw new BadQueryException("unbalanced parentheses", depth + " '(' never closed");
    }

    private static String firstLine(String s) {
        if (s == null) return "the query could not be understood";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static final class Parser extends MultiFieldQueryParser {
        private final boolean fuzzy;
        /** The fuzzy words' automata built so far in this query. */
        private final List<SharedFuzzyQuery.Automata> fuzzyAutomata = new ArrayList<>();

        Parser(Analyzer analyzer, boolean fuzzy) {
            super(DEFAULT_FIELDS.keySet().toArray(String[]::new), analyzer, DEFAULT_FIELDS);
            this.fuzzy = fuzzy;
            setDefaultOperator(QueryParser.AND_OPERATOR);
            setSplitOnWhitespace(true);
            setAutoGeneratePhraseQueries(true); // « cessez-le-feu » is one phrase, not three loose words
            setAllowLeadingWildcard(false);
        }

        @Override protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            return super.getFieldQuery(resolve(field), queryText, quoted);
        }

        @Override protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            return super.getFieldQuery(resolve(field), queryText, slop);
        }

        /**
         * {@code word*} in French text also takes the prefix as the stemmer indexes it: without doubled letters
         * (« attent* » must reach atentat) and, when the prefix is itself a word, that word's stem (« négociation* »
         * must reach negociation, which the stemmer shortens). Expanding against the words as spelt alone found nothing
         * for such prefixes, with Lucene's and OpenSearch's stock parsers alike.
         */
        @Override protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return expanding(() -> {
                String f = resolve(field);
                Query asSpelt = super.getPrefixQuery(f, termStr);
                if (f == null || !STEMMED_FIELDS.contains(f) || !(unboosted(asSpelt) instanceof PrefixQuery p)) return asSpelt;
                String folded = p.getPrefix().text();
                List<Query> forms = new ArrayList<>(List.of(p));
                String single = FrenchAnalysis.withoutDoubledLetters(folded);
                // The stemmed index cannot tell « comm* » words from « com* » ones (commune and comité are comun and
                // comite): such a prefix finds both, rather than nothing.
                if (!single.equals(folded)) forms.add(new PrefixQuery(new Term(f, single)));
                String stem = stemOf(f, termStr);
                if (stem != null && !stem.startsWith(folded) && !stem.startsWith(single)) forms.add(new TermQuery(new Term(f, stem)));
                return boosted(anyOf(forms), f);
            });
        }

        /** As prefixes: the pattern as spelt, or with its doubled letters written once, as the index holds the words. */
        @Override protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return expanding(() -> {
                String f = resolve(field);
                Query asSpelt = super.getWildcardQuery(f, termStr);
                if (f == null || !STEMMED_FIELDS.contains(f) || !(unboosted(asSpelt) instanceof WildcardQuery w)) return asSpelt;
                String single = FrenchAnalysis.withoutDoubledLetters(w.getTerm().text());
                if (single.equals(w.getTerm().text())) return asSpelt;
                return boosted(anyOf(List.of(w, new WildcardQuery(new Term(f, single)))), f);
            });
        }

        /**
         * {@code word~} in French text is compared through the word's stem, as the index holds it (« immeubles~ »
         * is three edits from imeubl as typed, none once stemmed); the edits allowed follow the word as typed.
         */
        @Override protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            if (termStr.length() > MAX_FUZZY_CHARS)
                throw new BadQueryException("query too complex", "fuzzy search (~) takes words of at most " + MAX_FUZZY_CHARS
                        + " letters; this one has " + termStr.length());
            return expanding(() -> {
                String f = resolve(field);
                String stem = f != null && STEMMED_FIELDS.contains(f) ? stemOf(f, termStr) : null;
                if (stem == null) return super.getFuzzyQuery(f, termStr, minSimilarity);
                return boosted(fuzzy(new Term(f, stem), minSimilarity, termStr.length(), getFuzzyPrefixLength()), f);
            });
        }

        private static Query unboosted(Query q) {
            return q instanceof BoostQuery b ? b.getQuery() : q;
        }

        /** The field's weight, as the multi-field parser gives its own queries (title 3, lede 1.5, body 1). */
        private Query boosted(Query q, String field) {
            Float boost = boosts == null ? null : boosts.get(field);
            return boost == null ? q : new BoostQuery(q, boost);
        }

        /**
         * The one token French analysis makes of the whole word, or null: for a stop word, for several tokens, and
         * for a word of which stop words were dropped (« sud-est » is not the word « sud »).
         */
        private String stemOf(String field, String word) {
            try (TokenStream tokens = getAnalyzer().tokenStream(field, word)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                OffsetAttribute offsets = tokens.addAttribute(OffsetAttribute.class);
                tokens.reset();
                String only = tokens.incrementToken() ? term.toString() : null;
                boolean whole = only != null && offsets.startOffset() == 0 && offsets.endOffset() == word.length();
                boolean more = only != null && tokens.incrementToken();
                tokens.end();
                return more || !whole || only.isEmpty() ? null : only;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Query anyOf(List<Query> forms) {
            if (forms.size() == 1) return forms.getFirst();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Query q : forms) any.add(q, BooleanClause.Occur.SHOULD);
            return any.build();
        }

        @Override protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return expanding(() -> super.getRegexpQuery(resolve(field), termStr));
        }

        private interface Build {
            Query get() throws ParseException;
        }

        private int expandingWords;
        private boolean inside;

        /** Counts one word the user typed (not once per default field it is spread over) and refuses too many. */
        private Query expanding(Build build) throws ParseException {
            if (inside) return build.get();
            if (++expandingWords > MAX_EXPANDING_WORDS)
                throw new BadQueryException("query too complex", "at most " + MAX_EXPANDING_WORDS
                        + " wildcard (*, ?), fuzzy (~) or pattern (/…/) words in one query");
            inside = true;
            try {
                return build.get();
            } finally {
                inside = false;
            }
        }

        @Override protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive) throws ParseException {
            return super.getRangeQuery(resolve(field), part1, part2, startInclusive, endInclusive);
        }

        /**
         * {@code word~}: one edit for words under 8 letters, two from 8 (as the misspelling fallback), and the first
         * letter kept. Lucene's default (two edits, no fixed prefix) walked most of the term dictionary of three fields
         * and made these queries the slowest of the benchmark mix by far.
         */
        @Override protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
            return fuzzy(term, minimumSimilarity, term.text().length(), prefixLength);
        }

        private Query fuzzy(Term term, float minimumSimilarity, int typedLength, int prefixLength) {
            int edits = Math.min((int) minimumSimilarity, typedLength >= 8 ? 2 : 1);
            return sharedFuzzy(term, Math.max(0, edits), Math.max(1, prefixLength));
        }

        /** The word's automata are built once for every field it is searched in (title, lede and body share its stem). */
        private Query sharedFuzzy(Term term, int edits, int prefixLength) {
            SharedFuzzyQuery.Automata built = null;
            for (SharedFuzzyQuery.Automata a : fuzzyAutomata) if (a.sameWord(term.text(), edits, prefixLength)) built = a;
            if (built == null) fuzzyAutomata.add(built = new SharedFuzzyQuery.Automata(term.text(), edits, prefixLength));
            return new SharedFuzzyQuery(term.field(), built, MAX_FUZZY_EXPANSIONS);
        }

        /** In the misspelling fallback every word may be one or two edits away. */
        @Override protected Query newTermQuery(Term term, float boost) {
            if (!fuzzy || term.text().length() < 4 || term.text().length() > MAX_FUZZY_CHARS) return super.newTermQuery(term, boost);
            int edits = term.text().length() >= 8 ? 2 : 1;
            return sharedFuzzy(term, edits, 1);
        }

        private static String resolve(String field) {
            if (field == null) return null;
            return FIELD_PREFIXES.getOrDefault(field, field);
        }
    }
}
