package kiosque.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.search.LuceneArchive;
import kiosque.web.WebServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server keeps answering while `kiosque index` runs in another process on the same archive, and shows what that
 * run commits within a bounded delay (the archive refreshes its searcher every second).
 */
class LiveIndexingTest {
    static final int FIRST = 500, MORE = 3000;
    /** One refresh period (1 s) plus the time a refresh and a search take on a busy machine. */
    static final long MAX_VISIBILITY_MILLIS = 3_000;

    @TempDir Path tmp;

    record Poll(long atMillis, int status, long total, long millis) {}

    @Test void serverAnswersThroughoutAndSeesNewArticlesSoon() throws Exception {
        Assumptions.assumeTrue(Files.exists(CorpusServer.CORPUS), "corpus absent: " + CorpusServer.CORPUS.toAbsolutePath());
        Path first = tmp.resolve("first.jsonl"), more = tmp.resolve("more.jsonl");
        long[] counts = split(first, more);
        Path index = tmp.resolve("index");
        try (ArchiveWriter w = ArchiveWriter.open(index)) {
            IndexingPipeline.withDefaults(2).run(List.of(first), IndexingPipeline.target(w), IndexingPipeline.Progress.NONE);
        }
        try (LuceneArchive archive = LuceneArchive.open(index); WebServer server = WebServer.start(archive, 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String url = "http://127.0.0.1:" + server.port() + "/api/search?q=&size=1";
            assertEquals(counts[0], total(http, url).total(), "the first batch is served");

            Process indexer = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--add-modules", "jdk.incubator.vector",
                    "-cp", System.getProperty("java.class.path"), "kiosque.cli.Main",
                    "index", "--quiet", "--threads", "1", "--commit-every", "300", "--index", index.toString(), more.toString())
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("indexer.log").toFile()).start();
            long t0 = System.nanoTime();
            List<Poll> polls = new ArrayList<>();
            while (indexer.isAlive()) {
                polls.add(poll(http, url, t0));
                Thread.sleep(50);
            }
            long exitedAt = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(0, indexer.waitFor(), "the indexer succeeds: " + Files.readString(tmp.resolve("indexer.log")));
            long expected = counts[0] + counts[1];
            Poll seen;
            do {
                seen = poll(http, url, t0);
                polls.add(seen);
                Thread.sleep(20);
            } while (seen.total() < expected && seen.atMillis() - exitedAt < 30_000);
            long delay = seen.atMillis() - exitedAt;

            long during = polls.stream().filter(p -> p.atMillis() < exitedAt).map(Poll::total).distinct().count();
            long maxMillis = polls.stream().mapToLong(Poll::millis).max().orElse(0);
            System.out.printf("live indexing: %d polls while another process indexed %d articles in %d ms; %d distinct totals seen during the run; "
                    + "slowest answer %d ms; the final commit was visible %d ms after the indexer exited%n",
                    polls.size(), counts[1], exitedAt, during, maxMillis, delay);
            assertTrue(polls.stream().allMatch(p -> p.status() == 200), "every poll answered 200");
            for (int i = 1; i < polls.size(); i++)
                assertTrue(polls.get(i).total() >= polls.get(i - 1).total(), "the count never goes back: " + polls.get(i - 1) + " then " + polls.get(i));
            assertEquals(expected, seen.total(), "every article of both runs is served");
            assertTrue(during >= 3, "intermediate commits became visible while the indexer ran (" + during + " distinct totals)");
            assertTrue(delay <= MAX_VISIBILITY_MILLIS, "the last commit became visible " + delay + " ms after the indexer exited");
            assertTrue(maxMillis < 5_000, "the server kept answering promptly (slowest " + maxMillis + " ms)");
        }
    }

    private static Poll poll(HttpClient http, String url, long t0) throws Exception {
        Poll p = total(http, url);
        return new Poll((System.nanoTime() - t0) / 1_000_000, p.status(), p.total(), p.millis());
    }

    private static Poll total(HttpClient http, String url) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        long total = r.statusCode() == 200 ? new ObjectMapper().readTree(r.body()).path("total").asLong() : -1;
        return new Poll(0, r.statusCode(), total, (System.nanoTime() - t0) / 1_000_000);
    }

    /** The first corpus articles with a body into {@code first}, the next ones into {@code more}; returns both counts. */
    private static long[] split(Path first, Path more) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long[] n = new long[2];
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CorpusServer.CORPUS)), StandardCharsets.UTF_8));
             BufferedWriter a = Files.newBufferedWriter(first); BufferedWriter b = Files.newBufferedWriter(more)) {
            String line;
            while (n[1] < MORE && (line = in.readLine()) != null) {
                if (json.readTree(line).path("article").asText().isBlank()) continue;
                int which = n[0] < FIRST ? 0 : 1;
                (which == 0 ? a : b).write(line);
                (which == 0 ? a : b).newLine();
                n[which]++;
            }
        }
        return n;
    }
}
