package kiosque.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kiosque.search.SortOrder;

/**
 * Puts benchmark queries to Kiosque's {@code /api/search} over HTTP, as a browser or script would: the query box
 * text, the actor and date filters, the sort; top 10 with excerpts and facets come with every answer. Thread-safe;
 * the same HTTP client as the OpenSearch side ({@link QueryHttpClient}).
 */
public final class KiosqueApiClient {

    private final String baseUrl;
    private final QueryHttpClient http = new QueryHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    public KiosqueApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * The request URL for a query: {@code /api/search?q=…&actor=…&from=…&to=…&sort=-date&size=10} with the facets
     * the other engines are asked for ({@link BenchQuery#FACETS}).
     */
    public String url(BenchQuery q) {
        StringBuilder url = new StringBuilder(baseUrl).append("/api/search?size=10&facets=").append(String.join(",", BenchQuery.FACETS.dims()))
                .append("&facet_size=").append(BenchQuery.FACETS.size()).append("&q=").append(encode(q.queryText()));
        if (q.actor() != null) url.append("&actor=").append(encode(q.actor()));
        if (q.from() != null) url.append("&from=").append(q.from());
        if (q.to() != null) url.append("&to=").append(q.to());
        if (q.newestFirst()) url.append("&sort=").append(encode(SortOrder.DATE_DESC.param()));
        return url.toString();
    }

    /** Sends the query and reads the answer; returns the total. Throws on anything but a 200 with JSON. */
    public long search(BenchQuery q) throws IOException {
        QueryHttpClient.Answer response = http.get(url(q));
        if (response.status() != 200) {
            String body = response.body();
            throw new IOException("HTTP " + response.status() + " for " + url(q) + ": " + body.substring(0, Math.min(300, body.length())));
        }
        JsonNode answer = json.readTree(response.body());
        return answer.path("total").asLong();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
