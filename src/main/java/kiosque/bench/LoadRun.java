package kiosque.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.search.ArchiveQuery;
import kiosque.search.Hit;
import kiosque.search.LuceneArchive;
import kiosque.search.SearchResult;
import kiosque.search.SortOrder;
import kiosque.web.WebServer;

/**
 * Sustained load: the real web server over an archive, driven over HTTP by {@code clients} closed-loop clients (each
 * sends its next request as soon as the last one is answered, so the server runs at its maximum throughput) with the
 * benchmark's query mix, drawn from articles of the archive itself. Reports errors, latency percentiles, throughput,
 * and the heap after a full GC before and after, to show that nothing accumulates.
 */
public final class LoadRun {

    /** @param sampleArticles articles read back from the archive to draw the query mix from */
    public record Settings(Duration duration, int clients, long seed, int sampleArticles) {
        public Settings {
            if (clients < 1) throw new IllegalArgumentException("clients must be at least 1");
            if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("duration must be positive");
        }
    }

    /**
     * @param heapStartBytes heap in use after a full GC once the mix has run once (caches warm), before the timed run
     * @param heapEndBytes   heap in use after a full GC once the timed run is over
     * @param statuses       answers by HTTP status (0 for a request that got no answer)
     * @param firstErrors    a few of the errors, to say what went wrong
     */
    public record Report(long requests, long errors, Map<Integer, Long> statuses, LatencyFigures latency, Duration took,
                         long heapStartBytes, long heapEndBytes, int distinctQueries, List<String> firstErrors) {

        /** End heap relative to start: 0.05 means 5 % more. */
        public double heapGrowth() {
            return (double) (heapEndBytes - heapStartBytes) / heapStartBytes;
        }

        public boolean heapWithin(double fraction) {
            return heapGrowth() <= fraction;
        }

        public List<String> lines() {
            List<String> out = new ArrayList<>();
            out.add(String.format("load: %,d requests in %.0f s from %d clients, %d distinct queries; errors: %,d; statuses %s",
                    requests, took.toMillis() / 1000.0, latency.concurrency(), distinctQueries, errors, statuses));
            out.add(String.format("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms; throughput %.0f requests/s",
                    latency.p50Ms(), latency.p90Ms(), latency.p99Ms(), latency.qps()));
            out.add(String.format("heap after full GC: %.1f MB at start, %.1f MB at end (%+.1f %%): %s",
                    heapStartBytes / 1e6, heapEndBytes / 1e6, heapGrowth() * 100,
                    heapWithin(0.10) ? "within 10 % of the start" : "MORE than 10 % above the start"));
            firstErrors.forEach(e -> out.add("error: " + e));
            return out;
        }
    }

    private LoadRun() {}

    /** Serves {@code archive} on a free loopback port for the duration of the run. */
    public static Report run(LuceneArchive archive, Settings settings, PrintWriter progress) throws IOException, InterruptedException {
        List<String> targets = targets(archive, settings);
        try (WebServer server = WebServer.start(archive, 0)) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            progress.printf("load: %d queries drawn from %d articles of the archive; one warm-up pass…%n", targets.size(), settings.sampleArticles());
            progress.flush();
            Map<Integer, Long> warmup = new TreeMap<>();
            for (String t : targets) warmup.merge(send(http, base + t).status, 1L, Long::sum);
            long heapStart = heapAfterFullGc();
            progress.printf("load: warm-up answers %s; heap after full GC %.1f MB; running %d s with %d clients…%n",
                    warmup, heapStart / 1e6, settings.duration().toSeconds(), settings.clients());
            progress.flush();

            long end = System.nanoTime() + settings.duration().toNanos();
            Map<Integer, Long> statuses = new ConcurrentHashMap<>();
            List<String> errors = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicLong errorCount = new AtomicLong();
            long[][] latencies = new long[settings.clients()][];
            List<Thread> clients = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < settings.clients(); c++) {
                int client = c;
                Thread t = new Thread(() -> {
                    long[] mine = new long[1 << 14];
                    int n = 0;
                    for (int i = client * targets.size() / settings.clients(); System.nanoTime() < end; i++) {
                        String target = targets.get(i % targets.size());
                        Answer a = send(http, base + target);
                        statuses.merge(a.status, 1L, Long::sum);
                        if (a.status != 200) {
                            errorCount.incrementAndGet();
                            if (errors.size() < 10) errors.add(a.status + " for " + target + ": " + a.detail);
                        }
                        if (n == mine.length) mine = Arrays.copyOf(mine, n * 2);
                        mine[n++] = a.nanos;
                    }
                    latencies[client] = Arrays.copyOf(mine, n);
                }, "load-client-" + c);
                t.start();
                clients.add(t);
            }
            long lastReport = System.nanoTime();
            for (Thread t : clients) {
                while (t.isAlive()) {
                    t.join(1000);
                    if (System.nanoTime() - lastReport > 30_000_000_000L) {
                        long done = statuses.values().stream().mapToLong(Long::longValue).sum();
                        progress.printf("load: %,d requests, %,d errors after %d s%n", done, errorCount.get(), (System.nanoTime() - t0) / 1_000_000_000);
                        progress.flush();
                        lastReport = System.nanoTime();
                    }
                }
            }
            long wall = System.nanoTime() - t0;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).toArray();
            long heapEnd = heapAfterFullGc();
            return new Report(all.length, errorCount.get(), new TreeMap<>(statuses), LatencyFigures.of(all, wall, settings.clients(), 1, 0),
                    Duration.ofNanos(wall), heapStart, heapEnd, targets.size(), List.copyOf(errors));
        }
    }

    private record Answer(int status, long nanos, String detail) {}

    private static Answer send(HttpClient http, String url) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String detail = r.statusCode() == 200 ? "" : r.body().length() > 200 ? r.body().substring(0, 200) : r.body();
            return new Answer(r.statusCode(), System.nanoTime() - t0, detail);
        } catch (IOException e) {
            return new Answer(0, System.nanoTime() - t0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, System.nanoTime() - t0, "interrupted");
        }
    }

    /** The API request for each query of the mix, drawn with the seed from articles read back from the archive. */
    static List<String> targets(LuceneArchive archive, Settings settings) {
        List<BenchDocument> docs = new ArrayList<>();
        String cursor = null;
        do {
            SearchResult page = archive.search(new ArchiveQuery("", List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                    SortOrder.DATE_DESC, 1, ArchiveQuery.MAX_SIZE, cursor));
            for (Hit h : page.hits()) {
                if (docs.size() >= settings.sampleArticles()) break;
                archive.article(h.id()).ifPresent(a -> docs.add(BenchDocument.of(a.article(), a.extraction())));
            }
            cursor = page.next();
        } while (cursor != null && docs.size() < settings.sampleArticles());
        List<String> out = new ArrayList<>();
        for (BenchQuery q : QueryMix.draw(docs, settings.seed(), QueryMix.DEFAULT_PER_CATEGORY).queries()) out.add(target(q.toArchiveQuery()));
        return out;
    }

    static String target(ArchiveQuery q) {
        StringBuilder t = new StringBuilder("/api/search?q=").append(enc(q.text()));
        for (String a : q.actors()) t.append("&actor=").append(enc(a));
        if (q.from() != null) t.append("&from=").append(enc(q.from().iso()));
        if (q.to() != null) t.append("&to=").append(enc(q.to().iso()));
        if (q.sort() != SortOrder.RELEVANCE) t.append("&sort=").append(enc(q.sort().param()));
        return t.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Heap in use after full collections: the lowest of several, so a collection still settling does not count. */
    static long heapAfterFullGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            min = Math.min(min, memory.getHeapMemoryUsage().getUsed());
        }
        return min;
    }
}
