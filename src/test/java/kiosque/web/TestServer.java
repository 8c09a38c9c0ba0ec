package kiosque.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kiosque.extract.Extraction;
import kiosque.index.ArchiveWriter;
import kiosque.ingest.Article;
import kiosque.search.LuceneArchive;

/** A real Lucene archive on disk behind the real web server on a free port, and an HTTP client to speak to it. */
final class TestServer implements AutoCloseable {
    final LuceneArchive archive;
    final WebServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(LuceneArchive archive, WebServer server) {
        this.archive = archive;
        this.server = server;
    }

    /** Indexes the articles with their extraction into dir, then serves them. */
    static TestServer start(Path dir, Map<Article, Extraction> articles) throws IOException {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            for (var e : articles.entrySet()) w.add(e.getKey(), e.getValue());
            w.commit();
        }
        LuceneArchive archive = LuceneArchive.open(dir);
        return new TestServer(archive, WebServer.start(archive, 0));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET());
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override public void close() throws IOException {
        server.close();
        archive.close();
    }
}
