package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import kiosque.search.Archive;
import kiosque.search.ArchiveQuery;
import kiosque.search.SearchResult;
import kiosque.search.StoredArticle;
import org.junit.jupiter.api.Test;

/** A bug below the web layer: the reader gets a 500 that says nothing of the internals, never a stack trace. */
class FailureTest {

    /** An archive whose every read fails the way a programming error would. */
    static final class BrokenArchive implements Archive {
        @Override public SearchResult search(ArchiveQuery query) { throw new IllegalStateException("secret internal detail /var/index"); }
        @Override public Optional<StoredArticle> article(String id) { throw new NullPointerException("secret internal detail"); }
        @Override public long size() { return 0; }
        @Override public void close() {}
    }

    @Test void bugsAnswer500WithoutInternals() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (WebServer server = WebServer.start(new BrokenArchive(), 0)) {
            for (String path : new String[] {"/api/search?q=x", "/api/articles/a", "/?q=x", "/articles/a"}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(500, r.statusCode(), path);
                assertFalse(r.body().contains("secret") || r.body().contains("Exception") || r.body().contains("\tat "), path + ": " + r.body());
                SecurityTest.assertSecurityHeaders(path, h -> r.headers().firstValue(h).orElse(null));
                if (path.startsWith("/api/")) assertEquals("internal error", ApiTest.JSON.readTree(r.body()).get("error").asText());
            }
        }
    }
}
