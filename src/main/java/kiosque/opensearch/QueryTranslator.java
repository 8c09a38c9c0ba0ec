package kiosque.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kiosque.search.BadQueryException;
import kiosque.search.SharedFuzzyQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Translates the Lucene query that Kiosque's own parser built (kiosque.search.TextQueryParser, with Kiosque's French
 * analysis already applied) into the OpenSearch query DSL, node for node. The two backends thus read a query the
 * same way by construction: same words, same stems, same phrases with the same gaps, same fuzzy expansion.
 */
final class QueryTranslator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private QueryTranslator() {}

    static ObjectNode translate(Query q) {
        return translate(q, 1f);
    }

    private static ObjectNode translate(Query q, float boost) {
        if (q instanceof BoostQuery b) return translate(b.getQuery(), boost * b.getBoost());
        if (q instanceof MatchAllDocsQuery) return leaf("match_all", JSON.objectNode(), boost);
        if (q instanceof MatchNoDocsQuery) return leaf("match_none", JSON.objectNode(), 1f);
        if (q instanceof TermQuery t) return fieldLeaf("term", t.getTerm(), boost);
        if (q instanceof PrefixQuery p) return fieldLeaf("prefix", p.getPrefix(), boost);
        if (q instanceof WildcardQuery w) return fieldLeaf("wildcard", w.getTerm(), boost);
        if (q instanceof RegexpQuery r) return fieldLeaf("regexp", r.getRegexp(), boost);
        if (q instanceof SharedFuzzyQuery f) {
            ObjectNode params = JSON.objectNode().put("value", f.getTerm().text()).put("fuzziness", f.getMaxEdits())
                    .put("prefix_length", f.getPrefixLength()).put("transpositions", f.getTranspositions())
                    .put("max_expansions", f.getMaxExpansions());
            return field("fuzzy", f.getTerm().field(), params, boost);
        }
        if (q instanceof PhraseQuery p) return phrase(p, boost);
        if (q instanceof SynonymQuery s) {
            ObjectNode terms = JSON.objectNode();
            ArrayNode values = terms.putArray(s.getField());
            s.getTerms().forEach(t -> values.add(t.text()));
            return leaf("terms", terms, boost);
        }
        if (q instanceof TermRangeQuery r) {
            ObjectNode params = JSON.objectNode();
            if (r.getLowerTerm() != null) params.put(r.includesLower() ? "gte" : "gt", r.getLowerTerm().utf8ToString());
            if (r.getUpperTerm() != null) params.put(r.includesUpper() ? "lte" : "lt", r.getUpperTerm().utf8ToString());
            return field("range", r.getField(), params, boost);
        }
        if (q instanceof BooleanQuery b) return bool(b, boost);
        throw new BadQueryException("query not supported", "this part of the query cannot be run on OpenSearch: " + q);
    }

    private static ObjectNode bool(BooleanQuery b, float boost) {
        ObjectNode body = JSON.objectNode();
        boolean positive = false;
        for (BooleanClause c : b.clauses()) {
            String occur = switch (c.occur()) {
                case MUST -> "must";
                case SHOULD -> "should";
                case FILTER -> "filter";
                case MUST_NOT -> "must_not";
            };
            if (c.occur() != BooleanClause.Occur.MUST_NOT) positive = true;
            body.withArray(occur).add(translate(c.query(), 1f));
        }
        // Lucene matches nothing for an empty or purely negative boolean query; OpenSearch would match everything.
        if (!positive) return leaf("match_none", JSON.objectNode(), 1f);
        if (b.getMinimumNumberShouldMatch() > 0) body.put("minimum_should_match", b.getMinimumNumberShouldMatch());
        return leaf("bool", body, boost);
    }

    /**
     * A phrase as already-analysed terms at their positions: "_" fills each position a stop word left, and the
     * analyzed-terms analyzer turns it back into a gap, so « cessez-le-feu » needs cessez, one word, then feu.
     */
    private static ObjectNode phrase(PhraseQuery p, float boost) {
        Term[] terms = p.getTerms();
        if (terms.length == 0) return leaf("match_none", JSON.objectNode(), 1f);
        int[] positions = p.getPositions();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < terms.length; i++) {
            if (i > 0) {
                for (int gap = positions[i - 1] + 1; gap < positions[i]; gap++) text.append(' ').append(ArchiveIndexSchema.GAP);
                text.append(' ');
            }
            text.append(terms[i].text());
        }
        ObjectNode params = JSON.objectNode().put("query", text.toString()).put("slop", p.getSlop())
                .put("analyzer", ArchiveIndexSchema.ANALYZED_TERMS);
        return field("match_phrase", terms[0].field(), params, boost);
    }

    private static ObjectNode fieldLeaf(String type, Term term, float boost) {
        return field(type, term.field(), JSON.objectNode().put("value", term.text()), boost);
    }

    private static ObjectNode field(String type, String field, ObjectNode params, float boost) {
        if (boost != 1f) params.put("boost", boost);
        ObjectNode inner = JSON.objectNode();
        inner.set(field, params);
        ObjectNode q = JSON.objectNode();
        q.set(type, inner);
        return q;
    }

    private static ObjectNode leaf(String type, ObjectNode body, float boost) {
        if (boost != 1f) body.put("boost", boost);
        ObjectNode q = JSON.objectNode();
        q.set(type, body);
        return q;
    }
}
