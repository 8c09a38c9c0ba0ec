package kiosque.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A connection to an OpenSearch cluster through the official Java client (Apache HttpClient 5 transport), which
 * spreads requests over every URL given and moves on to the next node when one does not answer.
 * Credentials come from the environment only (KIOSQUE_OPENSEARCH_USER, KIOSQUE_OPENSEARCH_PASSWORD), so they never
 * appear in a command line or a process list; https URLs are checked against the JVM's trust store
 * (-Djavax.net.ssl.trustStore=… in JAVA_TOOL_OPTIONS for a private CA).
 */
public final class OpenSearchConnection implements Closeable {
    public static final String USER_ENV = "KIOSQUE_OPENSEARCH_USER";
    public static final String PASSWORD_ENV = "KIOSQUE_OPENSEARCH_PASSWORD";

    static final ObjectMapper JSON = new ObjectMapper();

    /** One answer: HTTP status and the JSON body (an empty object when there was none). */
    public record Answer(int status, JsonNode body) {
        public boolean ok() { return status >= 200 && status < 300; }

        /** The reason OpenSearch gave, for error messages. */
        public String reason() {
            JsonNode err = body.path("error");
            if (err.isTextual()) return err.asText();
            String type = err.path("type").asText("");
            String why = err.path("reason").asText(body.toString());
            return type.isEmpty() ? why : type + ": " + why;
        }
    }

    private final List<String> urls;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    private OpenSearchConnection(List<String> urls, ApacheHttpClient5Transport transport) {
        this.urls = List.copyOf(urls);
        this.transport = transport;
        this.client = new OpenSearchGenericClient(transport);
    }

    /** Connects to the cluster at these URLs, with credentials from the environment when both variables are set. */
    public static OpenSearchConnection open(List<String> urls) {
        return open(urls, System.getenv());
    }

    static OpenSearchConnection open(List<String> urls, Map<String, String> env) {
        if (urls.isEmpty()) throw new IllegalArgumentException("no OpenSearch URL given (--opensearch http://HOST:PORT[,…])");
        List<HttpHost> hosts = new ArrayList<>();
        for (String url : urls) hosts.add(host(url.strip()));
        String user = env.get(USER_ENV), password = env.get(PASSWORD_ENV);
        if ((user == null) != (password == null))
            throw new IllegalArgumentException("set both " + USER_ENV + " and " + PASSWORD_ENV + ", or neither");
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder.builder(hosts.toArray(HttpHost[]::new))
                .setMapper(new org.opensearch.client.json.jackson.JacksonJsonpMapper())
                .setRequestConfigCallback(rc -> rc.setConnectTimeout(Timeout.ofSeconds(3)).setResponseTimeout(Timeout.ofSeconds(60)));
        if (user != null) {
            builder.setHttpClientConfigCallback(http -> {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                for (HttpHost h : hosts) credentials.setCredentials(new AuthScope(h), new UsernamePasswordCredentials(user, password.toCharArray()));
                return http.setDefaultCredentialsProvider(credentials);
            });
        }
        return new OpenSearchConnection(urls, builder.build());
    }

    private static HttpHost host(String url) {
        try {
            URI u = URI.create(url);
            if (u.getHost() == null || u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")))
                throw new IllegalArgumentException();
            return new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad OpenSearch URL '" + url + "': expected http://HOST:PORT or https://HOST:PORT");
        }
    }

    public List<String> urls() {
        return urls;
    }

    /** Sends a request; an HTTP error comes back as an answer, a cluster that cannot be reached as an exception. */
    public Answer send(String method, String path, JsonNode body) throws IOException {
        Requests.JsonBodyBuilder b = Requests.builder().method(method).endpoint(path);
        if (body != null) b.body(Body.from(JSON.writeValueAsBytes(body), "application/json"));
        return execute(b);
    }

    /** Sends newline-delimited JSON (the bulk API). */
    public Answer sendNdjson(String path, byte[] ndjson) throws IOException {
        return execute(Requests.builder().method("POST").endpoint(path).body(Body.from(ndjson, "application/x-ndjson")));
    }

    private Answer execute(Requests.JsonBodyBuilder b) throws IOException {
        try (Response r = client.execute(b.build())) {
            JsonNode json = JSON.createObjectNode();
            if (r.getBody().isPresent()) {
                try (Body body = r.getBody().get()) {
                    byte[] bytes = body.bodyAsBytes();
                    if (bytes.length > 0) {
                        try {
                            json = JSON.readTree(bytes);
                        } catch (IOException notJson) {
                            json = JSON.createObjectNode().put("error", new String(bytes, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            return new Answer(r.getStatus(), json);
        }
    }

    /** Like {@link #send} but an HTTP error becomes an exception saying what was asked. */
    public JsonNode require(String method, String path, JsonNode body) {
        try {
            Answer a = send(method, path, body);
            if (!a.ok()) throw new OpenSearchException(method + " " + path + " answered " + a.status() + ": " + a.reason(), a.status());
            return a.body();
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch at " + String.join(",", urls) + " did not answer " + method + " " + path + ": " + e.getMessage(), e);
        }
    }

    @Override public void close() throws IOException {
        transport.close();
    }
}
