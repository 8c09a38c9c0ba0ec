package kiosque.search;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * The part of a query that can match in one field, for highlighting that field: the highlighter builds the query's
 * weight for every hit and every highlighted field, and the title and lede clauses of a body excerpt were looked up
 * in vain each time. Only used on hits, which match the whole query already: required clauses become optional (a word
 * found only in the title must not stop the body's other words from being marked), excluded ones go.
 */
final class FieldProjection {
    private FieldProjection() {}

    static Query onto(Query query, String field) {
        Query p = project(query, field);
        return p == null ? new MatchNoDocsQuery("nothing to mark in " + field) : p;
    }

    /** The projection, or null when nothing of {@code query} concerns {@code field}. */
    private static Query project(Query query, String field) {
        if (query instanceof BoostQuery b) {
            Query inner = project(b.getQuery(), field);
            return inner == null ? null : inner == b.getQuery() ? b : new BoostQuery(inner, b.getBoost());
        }
        if (query instanceof BooleanQuery bq) {
            if (bq.getMinimumNumberShouldMatch() > 0) return query; // kept whole: its clauses depend on each other
            BooleanQuery.Builder kept = new BooleanQuery.Builder();
            int n = 0;
            Query only = null;
            for (BooleanClause c : bq.clauses()) {
                if (c.occur() == BooleanClause.Occur.MUST_NOT) continue;
                Query p = project(c.query(), field);
                if (p == null) continue;
                kept.add(p, BooleanClause.Occur.SHOULD);
                only = p;
                n++;
            }
            return n == 0 ? null : n == 1 ? only : kept.build();
        }
        Set<String> fields = fieldsOf(query);
        if (fields.isEmpty() || fields.contains(field)) return query; // not field-bound, or concerns it: kept as is
        return null;
    }

    private static Set<String> fieldsOf(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override public boolean acceptField(String f) {
                fields.add(f);
                return false;
            }

            @Override public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return fields;
    }
}
