package kiosque.bench;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a benchmark query into the _search body that asks OpenSearch for what Kiosque's /api/search
 * answers: top 10 with 2–3 {@code <mark>} excerpts, actor / org / place counts and a month timeline.
 */
public final class OpenSearchRequests {

    public static final int FACET_SIZE = 10;
    /** The aggregation inside a filter aggregation (the lists an actor filter narrows). */
    static final String FILTERED = "v";
    /** Weighed as Kiosque's query parser weighs them (title 3, lede 1.5, body 1). */
    static final List<String> SEARCH_FIELDS = List.of("title^3", "lede^1.5", "body");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenSearchRequests() {
    }

    public static ObjectNode search(BenchQuery query, int size) {
        ObjectNode body = JSON.objectNode();
        body.put("size", size);
        body.put("track_total_hits", true); // Kiosque reports an exact total
        ArrayNode source = body.putArray("_source");
        List.of("id", "title", "date", "actor", "org", "place").forEach(source::add);

        ObjectNode bool = body.putObject("query").putObject("bool");
        if (query.words().isEmpty()) {
            bool.putArray("must").addObject().putObject("match_all");
        } else {
            ObjectNode queryString = bool.putArray("must").addObject().putObject("query_string");
            queryString.put("query", query.queryText());
            queryString.put("default_operator", "AND");
            ArrayNode fields = queryString.putArray("fields");
            SEARCH_FIELDS.forEach(fields::add);
        }
        ArrayNode filter = bool.putArray("filter");
        // Kiosque's facets are multi-select: the actor list ignores the actor filter, the other lists honour it.
        // The same answer from OpenSearch: the filter as a post_filter, and again around the other aggregations.
        ObjectNode actorFilter = null;
        if (query.actor() != null) {
            actorFilter = JSON.objectNode();
            actorFilter.putObject("term").put("actor", query.actor());
            body.set("post_filter", actorFilter);
        }
        if (query.from() != null || query.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject("date");
            if (query.from() != null) range.put("gte", query.from().toString());
            if (query.to() != null) range.put("lte", query.to().toString());
        }

        ArrayNode sort = body.putArray("sort");
        if (query.newestFirst()) {
            sort.addObject().putObject("date").put("order", "desc");
        } else {
            sort.add("_score");
        }
        sort.addObject().putObject("id").put("order", "asc"); // deterministic ties, as Kiosque breaks them by id

        ObjectNode aggs = body.putObject("aggs");
        for (String facet : List.of("actor", "org", "place", "month")) {
            ObjectNode agg = aggs.putObject(facet);
            if (actorFilter != null && !facet.equals("actor")) {
                agg.set("filter", actorFilter);
                agg = agg.putObject("aggs").putObject(FILTERED);
            }
            if (facet.equals("month")) {
                agg.putObject("date_histogram")
                        .put("field", "date").put("calendar_interval", "month").put("format", "yyyy-MM").put("min_doc_count", 1);
            } else {
                agg.putObject("terms").put("field", facet).put("size", FACET_SIZE);
            }
        }

        ObjectNode highlight = body.putObject("highlight");
        highlight.put("type", "unified").put("encoder", "html")
                .put("fragment_size", 160).put("number_of_fragments", 3).put("no_match_size", 0);
        highlight.putArray("pre_tags").add("<mark>");
        highlight.putArray("post_tags").add("</mark>");
        ObjectNode highlighted = highlight.putObject("fields");
        highlighted.putObject("lede");
        highlighted.putObject("body");
        return body;
    }
}
