package kiosque.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;

/**
 * Talks to an OpenSearch node over its REST API with plain java.net.http and Jackson: creates the
 * Kiosque-equivalent index, bulk-loads articles with back-pressure and retries, and searches.
 * Thread-safe.
 */
public final class OpenSearchArchiveClient {

    private static final int MAX_ATTEMPTS = 10;
    private static final List<String> FACETS = List.of("actor", "org", "place");

    private final String baseUrl;
    private final HttpClient http;
    /** Searches go through the client the benchmark speaks to Kiosque with, so both HTTP columns pay the same. */
    private final QueryHttpClient queries = new QueryHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    /** The node's address, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }

    public OpenSearchArchiveClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Drops the index if present, then creates it for loading (refresh off, no replica). */
    public void createIndex(String index, int shards) {
        deleteIndex(index);
        HttpResponse<String> created = send("PUT", "/" + index, write(OpenSearchIndexDefinition.forLoading(shards)));
        if (created.statusCode() != 200) fail("create index " + index, created);
    }

    /** Drops the index; nothing happens when there is none. */
    public void deleteIndex(String index) {
        HttpResponse<String> deleted = send("DELETE", "/" + index, null);
        if (deleted.statusCode() != 200 && deleted.statusCode() != 404) fail("delete index " + index, deleted);
    }

    /**
     * Sends the documents in batches of {@code batchSize} from {@code threads} concurrent connections.
     * A batch answered 429 (queue full) or lost with the connection is sent again after a pause; within a
     * batch only the items refused with 429 are resent. Ids make the retries idempotent.
     */
    public BulkReport bulkLoad(String index, Iterable<BenchDocument> documents, int batchSize, int threads) {
        if (batchSize < 1 || threads < 1) throw new IllegalArgumentException("batch size and threads must be at least 1");
        AtomicLong indexed = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(threads * 2);
        List<Future<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            Iterator<BenchDocument> it = documents.iterator();
            while (it.hasNext()) {
                List<BenchDocument> batch = new ArrayList<>(batchSize);
                while (it.hasNext() && batch.size() < batchSize) batch.add(it.next());
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        BatchOutcome outcome = sendBatch(index, batch);
                        indexed.addAndGet(outcome.indexed);
                        retries.addAndGet(outcome.retries);
                        failures.addAll(outcome.failures);
                        batch.forEach(d -> bytes.addAndGet(d.textBytes()));
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> f : pending) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bulk load into " + index + " interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bulk load into " + index + " failed: " + e.getCause().getMessage(), e.getCause());
        }
        return new BulkReport(indexed.get(), bytes.get(), System.nanoTime() - start, failures, retries.get());
    }

    private record BatchOutcome(long indexed, long retries, List<String> failures) {
    }

    private BatchOutcome sendBatch(String index, List<BenchDocument> batch) {
        List<BenchDocument> toSend = batch;
        List<String> failures = new ArrayList<>();
        long indexed = 0, retries = 0;
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            try {
                response = http.send(request("POST", "/" + index + "/_bulk", ndjson(index, toSend), "application/x-ndjson").build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                response = null; // the node may be gone for a moment: try again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            List<BenchDocument> again = new ArrayList<>();
            if (response == null || response.statusCode() == 429 || response.statusCode() >= 502) {
                again = toSend;
            } else if (response.statusCode() != 200) {
                fail("bulk into " + index, response);
            } else {
                JsonNode items = read(response.body()).path("items");
                for (int i = 0; i < items.size(); i++) {
                    JsonNode result = items.get(i).path("index");
                    int status = result.path("status").asInt();
                    if (status == 200 || status == 201) {
                        indexed++;
                    } else if (status == 429) {
                        again.add(toSend.get(i));
                    } else {
                        failures.add(toSend.get(i).id() + ": " + status + " " + result.path("error").path("reason").asText());
                    }
                }
            }
            if (again.isEmpty()) return new BatchOutcome(indexed, retries, failures);
            if (attempt == MAX_ATTEMPTS) {
                again.forEach(d -> failures.add(d.id() + ": still refused after " + MAX_ATTEMPTS + " attempts"));
                return new BatchOutcome(indexed, retries, failures);
            }
            retries++;
            toSend = again;
            Pause.millis(Math.min(5_000, 100L << attempt));
        }
    }

    private String ndjson(String index, List<BenchDocument> batch) {
        StringBuilder out = new StringBuilder(batch.size() * 4096);
        for (BenchDocument doc : batch) {
            out.append("{\"index\":{\"_index\":").append(quote(index)).append(",\"_id\":").append(quote(doc.id())).append("}}\n");
            out.append(write(OpenSearchIndexDefinition.source(doc))).append('\n');
        }
        return out.toString();
    }

    /** Turns refresh back on, sets the replicas wanted for searching, and makes everything loaded visible. */
    public void finishLoad(String index, int replicas) {
        ObjectNode settings = json.createObjectNode();
        ObjectNode indexSettings = settings.putObject("index");
        indexSettings.putNull("refresh_interval");
        indexSettings.put("number_of_replicas", replicas);
        HttpResponse<String> updated = send("PUT", "/" + index + "/_settings", write(settings));
        if (updated.statusCode() != 200) fail("update settings of " + index, updated);
        HttpResponse<String> refreshed = send("POST", "/" + index + "/_refresh", null);
        if (refreshed.statusCode() != 200) fail("refresh " + index, refreshed);
    }

    /** Merges the index into one segment per shard, waiting until it is done (an index loaded once, then read). */
    public void forceMerge(String index) {
        HttpResponse<String> merged = send("POST", "/" + index + "/_forcemerge?max_num_segments=1", null);
        if (merged.statusCode() != 200) fail("force-merge " + index, merged);
        HttpResponse<String> refreshed = send("POST", "/" + index + "/_refresh", null);
        if (refreshed.statusCode() != 200) fail("refresh " + index, refreshed);
    }

    /** Segments of the index's primary shards that searches see. */
    public int searchableSegments(String index) {
        HttpResponse<String> response = send("GET", "/" + index + "/_segments", null);
        if (response.statusCode() != 200) fail("list the segments of " + index, response);
        int count = 0;
        for (var shardCopies : read(response.body()).path("indices").path(index).path("shards")) {
            for (var copy : shardCopies) {
                if (!copy.path("routing").path("primary").asBoolean()) continue;
                for (var segment : copy.path("segments")) if (segment.path("search").asBoolean()) count++;
            }
        }
        return count;
    }

    /** The terms the index's French analyzer makes of a text, in order: to check it agrees with Kiosque's. */
    public List<String> analyze(String index, String text) {
        ObjectNode body = json.createObjectNode().put("analyzer", OpenSearchIndexDefinition.ANALYZER).put("text", text);
        HttpResponse<String> response = send("POST", "/" + index + "/_analyze", write(body));
        if (response.statusCode() != 200) fail("analyze text in " + index, response);
        List<String> terms = new ArrayList<>();
        read(response.body()).path("tokens").forEach(t -> terms.add(t.path("token").asText()));
        return terms;
    }

    public long count(String index) {
        HttpResponse<String> response = send("GET", "/" + index + "/_count", null);
        if (response.statusCode() != 200) fail("count " + index, response);
        return read(response.body()).path("count").asLong();
    }

    /** The benchmark query as Kiosque would answer it: top {@code size} with excerpts and facets. */
    public SearchResult search(String index, BenchQuery query, int size) {
        return toResult(searchRaw(index, OpenSearchRequests.search(query, size)));
    }

    public JsonNode searchRaw(String index, ObjectNode body) {
        String path = "/" + index + "/_search";
        QueryHttpClient.Answer response;
        try {
            response = queries.postJson(baseUrl + path, write(body));
        } catch (IOException e) {
            throw new IllegalStateException("POST " + baseUrl + path + " failed: " + e.getMessage(), e);
        }
        if (response.status() != 200) fail("search " + index, response.status(), response.body());
        return read(response.body());
    }

    static SearchResult toResult(JsonNode answer) {
        List<Hit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            List<String> excerpts = new ArrayList<>();
            hit.path("highlight").path("lede").forEach(f -> excerpts.add(f.asText()));
            hit.path("highlight").path("body").forEach(f -> excerpts.add(f.asText()));
            hits.add(new Hit(source.path("id").asText(), source.path("title").asText(),
                    source.hasNonNull("date") ? source.get("date").asText() : null, null,
                    excerpts.subList(0, Math.min(3, excerpts.size())),
                    strings(source.path("actor")), strings(source.path("place")), strings(source.path("org"))));
        }
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        JsonNode aggs = answer.path("aggregations");
        for (String facet : FACETS) facets.put(facet, buckets(aggs.path(facet), "key"));
        facets.put("month", buckets(aggs.path("month"), "key_as_string"));
        return new SearchResult(answer.path("hits").path("total").path("value").asLong(), answer.path("took").asLong(),
                hits, facets, null);
    }

    private static List<FacetValue> buckets(JsonNode agg, String keyField) {
        if (agg.has(OpenSearchRequests.FILTERED)) agg = agg.path(OpenSearchRequests.FILTERED);
        List<FacetValue> values = new ArrayList<>();
        for (JsonNode b : agg.path("buckets")) values.add(new FacetValue(b.path(keyField).asText(), b.path("doc_count").asLong()));
        return values;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private HttpRequest.Builder request(String method, String path, String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
        if (body == null) return b.method(method, HttpRequest.BodyPublishers.noBody());
        return b.header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(String method, String path, String body) {
        try {
            return http.send(request(method, path, body, "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + baseUrl + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    private static void fail(String what, HttpResponse<String> response) {
        fail(what, response.statusCode(), response.body());
    }

    private static void fail(String what, int status, String body) {
        throw new IllegalStateException("OpenSearch refused to " + what + ": HTTP " + status + " "
                + (body.length() > 1000 ? body.substring(0, 1000) + "…" : body));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON for OpenSearch", e);
        }
    }

    private String quote(String s) {
        return write(s);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("OpenSearch answered something that is not JSON: "
                    + body.substring(0, Math.min(200, body.length())), e);
        }
    }
}
