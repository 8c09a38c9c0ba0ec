package kiosque.bench;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The benchmark's HTTP/1.1 client for queries, the same for every engine spoken to over HTTP: Apache HttpClient's
 * blocking client, a pool of keep-alive connections shared by the client threads, identity encoding (no gzip asked, as the JDK
 * client asked none). The request is written and its answer read on the calling thread. The JDK's
 * {@code java.net.http} client hands every exchange to a selector thread and back: on this 2-core machine that
 * lengthened every answer and took CPU from the engine at 4 clients.
 */
final class QueryHttpClient implements Closeable {

    /** What came back: the status and the body as text. */
    record Answer(int status, String body) {}

    private static final int MAX_CONNECTIONS = 64;

    private final CloseableHttpClient http;

    QueryHttpClient() {
        Timeout timeout = Timeout.ofSeconds(60);
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(5, TimeUnit.SECONDS).setSocketTimeout(timeout).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableContentCompression()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .build();
    }

    Answer get(String url) throws IOException {
        return execute(new HttpGet(url));
    }

    Answer postJson(String url, String json) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        return execute(post);
    }

    private Answer execute(HttpUriRequestBase request) throws IOException {
        return http.execute(request, response -> new Answer(response.getCode(),
                response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
    }

    @Override public void close() throws IOException {
        http.close();
    }
}
