package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.index.FrenchAnalysis;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
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
    private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}\\\\])(\\p{L}[\\p{L}\\d_]*):");
    private static final int MAX_QUERY_LENGTH = 4000;
    /**
     * Wildcard, fuzzy and pattern words expand against the term dictionary while the query is rewritten, before
     * the search time limit starts counting: their number and the length of fuzzy words are capped instead.
     */
    static final int MAX_EXPANDING_WORDS = 8;
    static final int MAX_FUZZY_CHARS = 30;

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

        @Override protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return expanding(() -> super.getPrefixQuery(resolve(field), termStr));
        }

        @Override protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return expanding(() -> super.getWildcardQuery(resolve(field), termStr));
        }

        @Override protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            if (termStr.length() > MAX_FUZZY_CHARS)
                throw new BadQueryException("query too complex", "fuzzy search (~) takes words of at most " + MAX_FUZZY_CHARS
                        + " letters; this one has " + termStr.length());
            return expanding(() -> super.getFuzzyQuery(resolve(field), termStr, minSimilarity));
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

        /** In the misspelling fallback every word may be one or two edits away. */
        @Override protected Query newTermQuery(Term term, float boost) {
            if (!fuzzy || term.text().length() < 4 || term.text().length() > MAX_FUZZY_CHARS) return super.newTermQuery(term, boost);
            int edits = term.text().length() >= 8 ? 2 : 1;
            return new FuzzyQuery(term, edits, 1, 50, true);
        }

        private static String resolve(String field) {
            if (field == null) return null;
            return FIELD_PREFIXES.getOrDefault(field, field);
        }
    }
}
