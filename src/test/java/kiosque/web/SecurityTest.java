package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headers on every answer, no file outside web/static through the static handler, no endpoint that writes. */
class SecurityTest {
    @TempDir static Path dir;
    static TestServer server;

    @BeforeAll static void start() throws Exception {
        server = TestServer.start(dir, Fixtures.archive());
    }

    @AfterAll static void stop() throws Exception {
        server.close();
    }

    static void assertSecurityHeaders(String what, java.util.function.Function<String, String> header) {
        String csp = header.apply("Content-Security-Policy");
        assertNotNull(csp, what + ": no CSP");
        assertTrue(csp.contains("frame-ancestors 'none'"), what + ": " + csp);
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline") && !csp.contains("script-src"),
                what + ": scripts must stay forbidden: " + csp);
        assertEquals("nosniff", header.apply("X-Content-Type-Options"), what);
        assertNotNull(header.apply("Referrer-Policy"), what);
    }

    @Test void everyKindOfAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/?q=negociations", "/?q=%22open", "/articles/moscou-1", "/articles/none", "/api/search?q=x",
                "/api/search?size=1000", "/api/articles/moscou-1", "/api/articles/none", "/static/kiosque.css", "/static/none.css",
                "/no/such/page")) {
            HttpResponse<String> r = server.get(path);
            assertTrue(r.statusCode() < 500, path + " → " + r.statusCode());
            assertSecurityHeaders(path + " (" + r.statusCode() + ")", h -> r.headers().firstValue(h).orElse(null));
        }
    }

    @Test void staticFilesAreServedWithTheirType() throws Exception {
        HttpResponse<String> css = server.get("/static/kiosque.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    /** Raw request targets, sent unnormalised; none may reveal a template, a class file or a file of the machine. */
    @Test void theStaticHandlerCannotBeWalkedOutOf() throws Exception {
        List<String> attempts = List.of(
                "/static/../templates/search.html", "/static/..%2ftemplates%2fsearch.html", "/static/%2e%2e/templates/search.html",
                "/static/%2e%2e%2f%2e%2e%2fkiosque/web/WebServer.class", "/static/..\\templates\\search.html",
                "/static/%5c..%5ctemplates%5csearch.html", "/static/....//templates/search.html", "/static//../../etc/passwd",
                "/static/../../../../../../etc/passwd", "/static/%252e%252e/templates/search.html", "/static/%c0%ae%c0%ae/templates/search.html",
                "/static/..;/templates/search.html", "/static/kiosque.css/../../templates/search.html", "/../web/templates/search.html",
                "/static/../../kiosque/web/WebServer.class", "/static/%2e%2e%5c%2e%2e%5cpom.xml", "/static/file:///etc/passwd",
                "/static/jar:file:/etc/passwd!/", "/%2e%2e/%2e%2e/etc/passwd", "/static/%00../templates/search.html");
        for (String target : attempts) {
            RawHttp.Response r = RawHttp.get(server.server.port(), target);
            assertTrue(r.status() >= 400 && r.status() < 500, target + " answered " + r.status());
            assertFalse(r.body().contains("th:") || r.body().contains("root:") || r.body().contains("cafebabe") || r.body().contains("<project"),
                    target + " leaked: " + r.body());
            assertSecurityHeaders(target, r::header);
        }
    }

    @Test void nothingWritesTheIndex() throws Exception {
        long before = server.archive.size();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/api/search?q=x", "/api/articles/moscou-1", "/api/articles", "/", "/articles/moscou-1", "/api/index")) {
                HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.base() + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("{\"id\":\"new\",\"title\":\"injected\"}")));
                assertTrue(r.statusCode() == 404 || r.statusCode() == 405, method + " " + path + " → " + r.statusCode());
                assertSecurityHeaders(method + " " + path, h -> r.headers().firstValue(h).orElse(null));
            }
        }
        assertEquals(before, server.archive.size());
        assertEquals(404, server.get("/api/articles/new").statusCode());
    }
}
