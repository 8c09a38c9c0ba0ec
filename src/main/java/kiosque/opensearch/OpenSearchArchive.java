package kiosque.opensearch;

import static kiosque.index.ArchiveField.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosque.ingest.PartialDate;
import kiosque.search.Archive;
import kiosque.search.ArchiveQuery;
import kiosque.search.BadQueryException;
import kiosque.search.FacetRequest;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.NameAliases;
import kiosque.search.SearchResult;
import kiosque.search.SortOrder;
import kiosque.search.StoredArticle;
import kiosque.search.TextQueryParser;
import org.apache.lucene.search.Query;

/**
 * The archive on an OpenSearch cluster, answering the same {@link ArchiveQuery} with the same {@link SearchResult}
 * as the embedded Lucene archive: Kiosque's parser reads the query, {@link QueryTranslator} turns it into the query DSL,
 * facets are multi-select (post_filter for the entity facets, one filtered aggregation per facet that ignores its own
 * selection), excerpts come from OpenSearch's unified highlighter and are escaped and marked here.
 */
public final class OpenSearchArchive implements Archive {
    private static final int EXCERPT_FALLBACK_CHARS = 280;
    private static final String MARK_START = "\uE000", MARK_END = "\uE001";
    private static final List<String> ENTITY_DIMS = List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE);
    private static final int ATTEMPTS = 4;

    private final OpenSearchConnection connection;
    private final String alias;
    private final boolean ownsConnection;
    private final TextQueryParser parser = new TextQueryParser();
    private final NameAliasCache aliases;
    private volatile long timeoutMillis = 5_000;

    private OpenSearchArchive(OpenSearchConnection connection, String alias, boolean ownsConnection) {
        this.connection = connection;
        this.alias = alias;
        this.ownsConnection = ownsConnection;
        this.aliases = new NameAliasCache(connection, alias, 30_000);
    }

    /** Opens the archive behind {@code alias}; fails with a clear message when nothing was indexed there. */
    public static OpenSearchArchive open(OpenSearchConnection connection, String alias) {
        return open(connection, alias, false);
    }

    static OpenSearchArchive open(OpenSearchConnection connection, String alias, boolean ownsConnection) {
        try {
            OpenSearchConnection.Answer a = connection.send("GET", "/_alias/" + alias, null);
            if (a.status() == 404)
                throw new IllegalStateException("no archive '" + alias + "' on OpenSearch at " + String.join(",", connection.urls())
                        + ": index articles first (./kiosque index --backend opensearch --opensearch URL PATH)");
            if (!a.ok()) throw new IllegalStateException("OpenSearch at " + String.join(",", connection.urls()) + " answered " + a.status() + ": " + a.reason());
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + String.join(",", connection.urls()) + " did not answer: " + e.getMessage(), e);
        }
        return new OpenSearchArchive(connection, alias, ownsConnection);
    }

    /** How long one search may run before it is stopped and answered as too slow. */
    public void setTimeoutMillis(long millis) {
        this.timeoutMillis = millis;
    }

    /** Rebuilds the name merging at the next search (after indexing, in tests). */
    public void forgetNames() {
        aliases.invalidate();
    }

    @Override public long size() {
        return connection.require("GET", "/" + alias + "/_count", null).path("count").asLong();
    }

    @Override public Optional<StoredArticle> article(String id) {
        try {
            OpenSearchConnection.Answer a = withRetries(() -> connection.send("GET", "/" + alias + "/_doc/" + encode(id), null));
            if (a.status() == 404 || !a.body().path("found").asBoolean(false)) return Optional.empty();
            if (!a.ok()) throw new OpenSearchException("reading article " + id + ": " + a.reason(), a.status());
            return Optional.of(ArticleSource.toStored(a.body().path("_source")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public SearchResult search(ArchiveQuery q) {
        long t0 = System.nanoTime();
        NameAliases names = aliases.get();
        Query text = parser.parse(q.text(), false);
        JsonNode answer = run(q, text, names);
        if (total(answer) == 0 && !q.text().isBlank()) {
            // Nothing for the words as typed: try them as possibly misspelt (one or two edits away).
            Query fuzzy = parser.parse(q.text(), true);
            if (!fuzzy.equals(text)) answer = run(q, fuzzy, names);
        }
        JsonNode hitsNode = answer.path("hits").path("hits");
        int offset = q.cursor() != null ? 0 : (q.page() - 1) * q.size();
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < Math.min(q.size(), hitsNode.size()); i++) hits.add(hit(hitsNode.get(i), names));
        String next = q.size() > 0 && hitsNode.size() > q.size() ? SearchCursor.encode(q.sort(), hitsNode.get(q.size() - 1).path("sort")) : null;
        Map<String, List<FacetValue>> facets = facets(answer.path("aggregations"), names, q.facets());
        long took = (System.nanoTime() - t0) / 1_000_000;
        return new SearchResult(total(answer), took, hits, facets, next);
    }

    private static long total(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong();
    }

    /** The _search body this archive sends for {@code q} (first attempt), for comparing with OpenSearch asked directly. */
    public ObjectNode searchBody(ArchiveQuery q) {
        return request(q, parser.parse(q.text(), false), aliases.get());
    }

    /** The alias searched (POST /ALIAS/_search). */
    public String alias() {
        return alias;
    }

    ObjectNode request(ArchiveQuery q, Query text, NameAliases names) {
        ObjectNode textDsl = QueryTranslator.translate(text);
        ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
        int offset = q.cursor() != null ? 0 : (q.page() - 1) * q.size();
        if (q.cursor() != null) body.set("search_after", SearchCursor.decode(q.cursor(), q.sort()));
        else body.put("from", offset);
        body.put("size", q.size() == 0 ? 0 : q.size() + 1); // one more than shown tells whether a next page exists
        body.put("track_total_hits", true);
        body.put("timeout", timeoutMillis + "ms");

        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.withArray("must").add(textDsl);
        ArrayNode filter = bool.withArray("filter");
        if (q.from() != null || q.to() != null) {
            ObjectNode range = filter.addObject().putObject("range").putObject(ArchiveIndexSchema.DATE_DAY);
            if (q.from() != null) range.put("gte", q.from().start().toString());
            if (q.to() != null) range.put("lte", q.to().end().toString());
        }
        if (!q.mentioned().isEmpty()) {
            ArrayNode keys = filter.addObject().putObject("terms").putArray(MENTIONED_KEY);
            for (String m : q.mentioned()) keys.add(parseDate("mentioned", m).iso());
        }
        if (!q.speakers().isEmpty()) {
            ArrayNode keys = filter.addObject().putObject("terms").putArray(SPEAKER_KEY);
            for (String sp : q.speakers())
                for (String v : names.expand(FACET_SPEAKER, sp)) keys.add(kiosque.index.NameKey.of(v));
        }

        Map<String, ObjectNode> selections = new LinkedHashMap<>();
        selections.put(FACET_ACTOR, selection(FACET_ACTOR, q.actors(), names));
        selections.put(FACET_ORG, selection(FACET_ORG, q.orgs(), names));
        selections.put(FACET_PLACE, selection(FACET_PLACE, q.places(), names));
        ObjectNode all = allOf(selections, null);
        if (all != null) body.set("post_filter", all);

        FacetRequest wanted = q.facets();
        ObjectNode aggs = body.putObject("aggs");
        for (String dim : ENTITY_DIMS) {
            if (!wanted.wants(dim)) continue;
            ObjectNode others = allOf(selections, dim); // a facet's counts ignore its own selection
            ObjectNode agg = aggs.putObject(dim);
            agg.set("filter", others == null ? matchAll() : others);
            terms(agg.putObject("aggs").putObject("v"), dim, wanted.candidates());
        }
        Map<String, Integer> restSizes = new LinkedHashMap<>();
        restSizes.put(FACET_SPEAKER, wanted.candidates());
        restSizes.put(FACET_YEAR, 1_000);
        restSizes.put(FACET_MONTH, 5_000);
        restSizes.put(FACET_MENTIONED, 10_000);
        restSizes.keySet().retainAll(wanted.dims());
        if (!restSizes.isEmpty()) {
            ObjectNode rest = aggs.putObject("rest");
            rest.set("filter", all == null ? matchAll() : all);
            ObjectNode sub = rest.putObject("aggs");
            restSizes.forEach((dim, size) -> terms(sub.putObject(dim), dim, size));
        }
        if (aggs.isEmpty()) body.remove("aggs");

        ArrayNode sort = body.putArray("sort");
        switch (q.sort()) {
            case RELEVANCE -> sort.addObject().put("_score", "desc");
            case DATE_ASC -> sort.addObject().putObject(ArchiveIndexSchema.DATE_DAY).put("order", "asc").put("missing", "_last");
            case DATE_DESC -> sort.addObject().putObject(ArchiveIndexSchema.DATE_DAY).put("order", "desc").put("missing", "_last");
        }
        sort.addObject().put(ID, "asc"); // equal scores always in the same order, so cursors are exact

        body.putObject("_source").putArray("includes").add(ID).add(TITLE).add(DATE_ISO).add(URL)
                .add(FACET_ACTOR).add(FACET_ORG).add(FACET_PLACE).add(LEDE).add(BODY);
        ObjectNode hl = body.putObject("highlight");
        hl.put("type", "unified").put("encoder", "default").put("fragment_size", 0).put("no_match_size", 0);
        hl.putArray("pre_tags").add(MARK_START);
        hl.putArray("post_tags").add(MARK_END);
        hl.set("highlight_query", textDsl);
        ObjectNode fields = hl.putObject("fields");
        fields.putObject(BODY).put("number_of_fragments", 3);
        fields.putObject(LEDE).put("number_of_fragments", 1);
        return body;
    }

    private JsonNode run(ArchiveQuery q, Query text, NameAliases names) {
        ObjectNode body = request(q, text, names);
        OpenSearchConnection.Answer a;
        try {
            a = withRetries(() -> connection.send("POST", "/" + alias + "/_search?allow_partial_search_results=false", body));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + String.join(",", connection.urls()) + " did not answer: " + e.getMessage(), e);
        }
        if (a.status() == 400) throw badQuery(a);
        if (!a.ok()) throw new OpenSearchException("search failed: " + a.status() + " " + a.reason(), a.status());
        if (a.body().path("timed_out").asBoolean(false))
            throw new BadQueryException("query too slow", "it was stopped after " + timeoutMillis + " ms; use fewer wildcards, fuzzy terms or OR-ed words");
        return a.body();
    }

    private static BadQueryException badQuery(OpenSearchConnection.Answer a) {
        String reason = a.body().toString();
        if (reason.contains("too_many_clauses") || reason.contains("TooManyClauses") || reason.contains("maxClauseCount"))
            return new BadQueryException("query too complex", "it expands to too many terms");
        if (reason.contains("TooComplexToDeterminize") || reason.contains("too complex"))
            return new BadQueryException("query too complex", "a pattern in the query is too complex to run");
        return new BadQueryException("bad query", a.reason());
    }

    private interface Call {
        OpenSearchConnection.Answer send() throws IOException;
    }

    /** Reads are retried while the cluster recovers from a lost node (no answer, 429, 5xx), then given up. */
    private static OpenSearchConnection.Answer withRetries(Call call) throws IOException {
        IOException lastError = null;
        OpenSearchConnection.Answer last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (attempt > 0) pause(250L << attempt);
            try {
                last = call.send();
                if (!(last.status() == 429 || last.status() >= 500)) return last;
            } catch (IOException e) {
                lastError = e;
            }
        }
        if (last != null) return last;
        throw lastError;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static ObjectNode matchAll() {
        ObjectNode m = OpenSearchConnection.JSON.createObjectNode();
        m.putObject("match_all");
        return m;
    }

    private static void terms(ObjectNode agg, String field, int size) {
        agg.putObject("terms").put("field", field).put("size", size).put("shard_size", Math.max(size, 500));
    }

    /** Values of one facet OR-ed, every spelling variant of each name included; null when nothing is selected. */
    private static ObjectNode selection(String dim, List<String> selected, NameAliases names) {
        if (selected.isEmpty()) return null;
        ObjectNode q = OpenSearchConnection.JSON.createObjectNode();
        ArrayNode values = q.putObject("terms").putArray(dim);
        for (String name : selected) for (String v : names.expand(dim, name)) values.add(v);
        return q;
    }

    /** Every selection but {@code except}'s, AND-ed; null when none. */
    private static ObjectNode allOf(Map<String, ObjectNode> selections, String except) {
        ArrayNode parts = OpenSearchConnection.JSON.createArrayNode();
        selections.forEach((dim, q) -> {
            if (q != null && !dim.equals(except)) parts.add(q);
        });
        if (parts.isEmpty()) return null;
        ObjectNode b = OpenSearchConnection.JSON.createObjectNode();
        b.putObject("bool").set("filter", parts);
        return b;
    }

    private static PartialDate parseDate(String param, String value) {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("bad date", param + ": " + e.getMessage());
        }
    }

    private Map<String, List<FacetValue>> facets(JsonNode aggs, NameAliases names, FacetRequest wanted) {
        Map<String, List<FacetValue>> out = new LinkedHashMap<>();
        for (String dim : ENTITY_DIMS)
            if (wanted.wants(dim)) out.put(dim, byCount(dim, aggs.path(dim).path("v").path("buckets"), names, wanted.size()));
        JsonNode rest = aggs.path("rest");
        if (wanted.wants(FACET_SPEAKER)) out.put(FACET_SPEAKER, byCount(FACET_SPEAKER, rest.path(FACET_SPEAKER).path("buckets"), names, wanted.size()));
        for (String dim : List.of(FACET_YEAR, FACET_MONTH, FACET_MENTIONED))
            if (wanted.wants(dim)) out.put(dim, chronological(rest.path(dim).path("buckets")));
        return out;
    }

    /** Top values by count, spelling variants and surname-only mentions merged into one entry (as LuceneArchive). */
    private static List<FacetValue> byCount(String dim, JsonNode buckets, NameAliases names, int size) {
        Map<String, Long> merged = new HashMap<>();
        for (JsonNode b : buckets) merged.merge(names.display(dim, b.path("key").asText()), b.path("doc_count").asLong(), Long::sum);
        return merged.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .toList();
    }

    private static List<FacetValue> chronological(JsonNode buckets) {
        List<FacetValue> out = new ArrayList<>();
        for (JsonNode b : buckets) if (b.path("doc_count").asLong() > 0) out.add(new FacetValue(b.path("key").asText(), b.path("doc_count").asLong()));
        out.sort(Comparator.comparing(FacetValue::value));
        return out;
    }

    private static Hit hit(JsonNode h, NameAliases names) {
        JsonNode src = h.path("_source");
        return new Hit(ArticleSource.text(src, ID), ArticleSource.text(src, TITLE), ArticleSource.text(src, DATE_ISO),
                ArticleSource.text(src, URL), excerpts(h, src),
                shown(names, FACET_ACTOR, ArticleSource.list(src, FACET_ACTOR)),
                shown(names, FACET_PLACE, ArticleSource.list(src, FACET_PLACE)),
                shown(names, FACET_ORG, ArticleSource.list(src, FACET_ORG)));
    }

    private static List<String> shown(NameAliases names, String dim, List<String> values) {
        return values.stream().map(n -> names.display(dim, n)).distinct().toList();
    }

    /** Body passages, else the lede's, else the opening of the lede or body: the excerpts LuceneArchive gives. */
    private static List<String> excerpts(JsonNode hit, JsonNode src) {
        for (String field : List.of(BODY, LEDE)) {
            JsonNode fragments = hit.path("highlight").path(field);
            if (fragments.isEmpty()) continue;
            String content = ArticleSource.text(src, field);
            List<String> out = new ArrayList<>();
            for (JsonNode f : fragments) out.add(ExcerptMarks.format(f.asText(), content == null ? "" : content, MARK_START, MARK_END));
            return out;
        }
        String lede = ArticleSource.text(src, LEDE), body = ArticleSource.text(src, BODY);
        String text = lede != null && !lede.isBlank() ? lede : body == null ? "" : body;
        if (text.isBlank()) return List.of();
        return List.of(kiosque.search.Html.escape(shorten(text.strip(), EXCERPT_FALLBACK_CHARS)));
    }

    private static String shorten(String text, int max) {
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + " …";
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override public void close() throws IOException {
        if (ownsConnection) connection.close();
    }
}
