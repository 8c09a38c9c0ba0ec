package kiosque.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.search.NameAliases;

/**
 * Archive-wide name merging (kiosque.search.NameAliases) built from every actor, organisation, place and speaker
 * value of the index, read with composite terms aggregations, and kept for a short while: building it reads every
 * distinct name, far too much for each request. A stale copy keeps serving while one thread rebuilds it.
 */
final class NameAliasCache {
    private static final int PAGE = 5_000;

    private final OpenSearchConnection connection;
    private final String alias;
    private final long maxAgeMillis;
    private volatile NameAliases current;
    private volatile long builtAt;
    private final Object building = new Object();

    NameAliasCache(OpenSearchConnection connection, String alias, long maxAgeMillis) {
        this.connection = connection;
        this.alias = alias;
        this.maxAgeMillis = maxAgeMillis;
    }

    NameAliases get() {
        NameAliases a = current;
        if (a != null && System.currentTimeMillis() - builtAt < maxAgeMillis) return a;
        if (a == null) {
            synchronized (building) {
                if (current == null) rebuild();
                return current;
            }
        }
        // stale: one caller rebuilds, the others keep the old merging
        Thread.startVirtualThread(() -> {
            synchronized (building) {
                if (System.currentTimeMillis() - builtAt >= maxAgeMillis) {
                    try {
                        rebuild();
                    } catch (RuntimeException e) {
                        builtAt = System.currentTimeMillis(); // try again after another period
                    }
                }
            }
        });
        return a;
    }

    /** Forget the merging, so the next search sees names just indexed. */
    void invalidate() {
        synchronized (building) {
            current = null;
        }
    }

    private void rebuild() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String dim : NameAliases.DIMS) counts.put(dim, allValues(dim));
        current = NameAliases.fromCounts(counts);
        builtAt = System.currentTimeMillis();
    }

    private Map<String, Long> allValues(String field) {
        Map<String, Long> values = new LinkedHashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = OpenSearchConnection.JSON.createObjectNode();
            body.put("size", 0);
            ObjectNode composite = body.putObject("aggs").putObject("v").putObject("composite");
            composite.put("size", PAGE);
            composite.putArray("sources").addObject().putObject("k").putObject("terms").put("field", field);
            if (after != null) composite.set("after", after);
            JsonNode agg = connection.require("POST", "/" + alias + "/_search", body).path("aggregations").path("v");
            for (JsonNode b : agg.path("buckets")) values.put(b.path("key").path("k").asText(), b.path("doc_count").asLong());
            after = agg.get("after_key");
            if (after == null || agg.path("buckets").size() < PAGE) return values;
        }
    }
}
