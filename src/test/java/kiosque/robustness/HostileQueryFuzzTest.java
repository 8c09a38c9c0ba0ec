package kiosque.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.search.ArchiveQuery;
import kiosque.search.FacetValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends 10,000 generated hostile requests (seeded, so a failure can be replayed) to the real server over a few thousand
 * real articles, four at a time: no answer may be a 5xx; every answer is a JSON result, or a 4xx with a JSON
 * {"error", "detail"}, and carries the security headers; no request may take longer than the search time limit allows;
 * the heap does not grow.
 */
class HostileQueryFuzzTest {
    static final int REQUESTS = Integer.getInteger("kiosque.fuzzRequests", 10_000);
    static final long SEED = Long.getLong("kiosque.fuzzSeed", 20_260_505L);
    /** LuceneArchive's time limit is 5 s; allow for a loaded 2-core machine on top of it. */
    static final long MAX_MILLIS = 12_000;

    @TempDir Path tmp;
    private final ObjectMapper json = new ObjectMapper();

    /** One generated request: its family (for the report), the target (path and query string) and how to send it. */
    record Probe(String family, String target, boolean raw) {}

    /** @param secured whether the answer carried a CSP with frame-ancestors 'none' and X-Content-Type-Options: nosniff */
    record Answer(int status, String body, long millis, boolean secured) {}

    @Test void hostileRequestsNeverBreakTheServer() throws Exception {
        try (CorpusServer cs = CorpusServer.start(tmp, 3000)) {
            Generator gen = new Generator(new Random(SEED), words(tmp.resolve("sample.jsonl")), facetValues(cs, "actor"),
                    facetValues(cs, "place"), cursors(cs));
            List<Probe> probes = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) probes.add(gen.next());

            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long heapBefore = heapAfterGc(memory);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, Map<Integer, Integer>> statuses = new ConcurrentHashMap<>();
            Map<String, AtomicLong> slowest = new ConcurrentHashMap<>();
            List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicLong peakHeap = new AtomicLong();
            List<String> slowTargets = java.util.Collections.synchronizedList(new ArrayList<>());
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<?>> done = new ArrayList<>();
            for (Probe p : probes) {
                done.add(pool.submit(() -> {
                    Answer a;
                    try {
                        a = p.raw() ? raw(cs.server.port(), p.target()) : viaClient(http, cs.base() + p.target());
                    } catch (Exception e) {
                        failures.add(p.family() + ": " + e + " for " + shorten(p.target()));
                        return;
                    }
                    statuses.computeIfAbsent(p.family(), f -> new ConcurrentHashMap<>()).merge(a.status(), 1, Integer::sum);
                    slowest.computeIfAbsent(p.family(), f -> new AtomicLong()).accumulateAndGet(a.millis(), Math::max);
                    if (a.millis() > 2_000) slowTargets.add(a.millis() + " ms " + a.status() + " " + shorten(p.target()));
                    peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    String problem = judge(a);
                    if (problem != null) failures.add(p.family() + ": " + problem + " for " + shorten(p.target()) + " → " + shorten(a.body()));
                }));
            }
            for (Future<?> f : done) f.get();
            pool.shutdown();
            long seconds = (System.nanoTime() - t0) / 1_000_000_000;
            long heapAfter = heapAfterGc(memory);

            System.out.printf("hostile queries: %,d requests in %d s (seed %d); heap after GC %d MB before, %d MB after, peak %d MB%n",
                    probes.size(), seconds, SEED, heapBefore >> 20, heapAfter >> 20, peakHeap.get() >> 20);
            new TreeMap<>(statuses).forEach((family, counts) -> System.out.printf("  %-22s %s, slowest %d ms%n",
                    family, new TreeMap<>(counts), slowest.get(family).get()));
            slowTargets.stream().sorted().forEach(t -> System.out.println("  slow: " + t));
            assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " bad answers");
            long total = statuses.values().stream().flatMap(m -> m.values().stream()).mapToLong(Integer::longValue).sum();
            assertEquals(REQUESTS, total, "every request was answered");
            assertTrue(heapAfter < heapBefore + (64 << 20), "heap grew from " + (heapBefore >> 20) + " MB to " + (heapAfter >> 20) + " MB");
        }
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private String judge(Answer a) {
        if (a.status() >= 500) return "status " + a.status();
        if (a.millis() > MAX_MILLIS) return "took " + a.millis() + " ms";
        if (!a.secured()) return "status " + a.status() + " without the CSP (frame-ancestors 'none') and nosniff headers";
        JsonNode body;
        try {
            body = json.readTree(a.body());
        } catch (IOException e) {
            return "status " + a.status() + " with a body that is not JSON";
        }
        if (a.status() == 200) return body.has("total") && body.has("hits") ? null : "200 without a result";
        if (a.status() >= 400 && a.status() < 500) {
            boolean clear = body.path("error").isTextual() && body.path("detail").isTextual() && !body.path("detail").asText().isBlank();
            if (!clear) return a.status() + " without {error, detail}";
            if (a.body().contains("Exception") || a.body().contains("\tat ")) return "internals leaked";
            return null;
        }
        return "unexpected status " + a.status();
    }

    private static Answer viaClient(HttpClient http, String url) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        boolean secured = r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'")
                && r.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff");
        return new Answer(r.statusCode(), r.body(), (System.nanoTime() - t0) / 1_000_000, secured);
    }

    /** Sends the target bytes as they are: the client library would refuse or re-encode the malformed ones. */
    private static Answer raw(int port, String target) throws IOException {
        long t0 = System.nanoTime();
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = all.indexOf("\r\n\r\n");
            String head = split < 0 ? all : all.substring(0, split);
            String body = split < 0 ? "" : all.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) body = unchunk(body);
            String h = head.toLowerCase();
            boolean secured = h.contains("content-security-policy:") && h.contains("frame-ancestors 'none'") && h.contains("x-content-type-options: nosniff");
            return new Answer(Integer.parseInt(head.substring(9, 12)), body, (System.nanoTime() - t0) / 1_000_000, secured);
        }
    }

    private static String unchunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int eol = body.indexOf("\r\n", at);
            if (eol < 0) break;
            int size = Integer.parseInt(body.substring(at, eol).strip(), 16);
            if (size == 0) break;
            byte[] bytes = body.substring(eol + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(bytes, 0, Math.min(size, bytes.length), StandardCharsets.UTF_8);
            out.append(chunk);
            at = eol + 2 + chunk.length() + 2;
        }
        return out.toString();
    }

    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
            min = Math.min(min, memory.getHeapMemoryUsage().getUsed());
        }
        return min;
    }

    private static String shorten(String s) {
        return s.length() <= 160 ? s : s.substring(0, 160) + "…(" + s.length() + " chars)";
    }

    private static List<String> words(Path sample) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\p{L}{3,}").matcher(Files.readString(sample));
        while (m.find() && out.size() < 20_000) out.add(m.group().toLowerCase());
        return List.copyOf(out);
    }

    private static List<String> facetValues(CorpusServer cs, String dim) {
        return cs.archive.search(ArchiveQuery.of("")).facets().getOrDefault(dim, List.of()).stream().map(FacetValue::value).toList();
    }

    /** Real cursors for each sort order, to mutate and to replay with the wrong order. */
    private static List<String> cursors(CorpusServer cs) {
        List<String> out = new ArrayList<>();
        for (var sort : kiosque.search.SortOrder.values()) {
            String next = cs.archive.search(ArchiveQuery.of("france").withSort(sort)).next();
            if (next != null) out.add(next);
        }
        return out;
    }

    /** The request families of the issue, drawn at random with one seeded generator. */
    static final class Generator {
        private final Random r;
        private final List<String> words, actors, places, cursors;

        Generator(Random r, List<String> words, List<String> actors, List<String> places, List<String> cursors) {
            this.r = r;
            this.words = words;
            this.actors = actors.isEmpty() ? List.of("Emmanuel Macron") : actors;
            this.places = places.isEmpty() ? List.of("Paris") : places;
            this.cursors = cursors;
        }

        Probe next() {
            return switch (r.nextInt(17)) {
                case 0 -> search("unbalanced quotes", "q", word() + " \"" + word() + " " + word() + (r.nextBoolean() ? "" : " \" \" \""));
                case 1 -> search("unbalanced parens", "q", "(".repeat(1 + r.nextInt(3)) + word() + " OR " + word() + ")".repeat(r.nextInt(5)));
                case 2 -> search("leading wildcards", "q", (r.nextBoolean() ? "*" : "?") + word().substring(1) + (r.nextBoolean() ? "*" : ""));
                case 3 -> drilled("huge regexes", regex());
                case 4 -> drilled("fuzzy long words", fuzzy());
                case 5 -> search("long ORs", "q", ors(r.nextBoolean() ? 5000 : 100 + r.nextInt(60)));
                case 6 -> search("deep nesting", "q", "(".repeat(r.nextInt(600)).transform(o -> o + word() + ")".repeat(o.length())));
                case 7 -> paging();
                case 8 -> dates();
                case 9 -> unknownFacets();
                case 10 -> new Probe("very long URLs", "/api/search?q=" + enc(word()) + "&x=" + "a".repeat(1000 << r.nextInt(9)), false);
                case 11 -> search("random unicode", "q", unicode(1 + r.nextInt(80)));
                case 12 -> new Probe("raw bytes", "/api/search?q=" + rawGarbage(), true);
                case 13 -> cursor();
                case 14 -> drilled("drill-down + costly", r.nextBoolean() ? word().substring(0, 2) + "*" : word() + "~2 OR " + word() + "~2");
                case 15 -> search("query syntax", "q", syntax());
                default -> search("ordinary", "q", word() + (r.nextBoolean() ? " " + word() : ""));
            };
        }

        private String word() { return words.get(r.nextInt(words.size())); }

        private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

        private Probe search(String family, String param, String value) {
            return new Probe(family, "/api/search?" + param + "=" + enc(value), false);
        }

        /** The costly text with a facet drill-down half the time: Lucene's drill-sideways path runs without the time limit. */
        private Probe drilled(String family, String q) {
            String target = "/api/search?q=" + enc(q);
            if (r.nextBoolean()) target += "&actor=" + enc(actors.get(r.nextInt(actors.size())));
            if (r.nextInt(4) == 0) target += "&place=" + enc(places.get(r.nextInt(places.size())));
            return new Probe(family, target, false);
        }

        private String regex() {
            String[] parts = {".*", "[a-z]{1,40}", "(a|e|i|o|u)+", ".{0,200}", "[^x]*", "(ab|cd|ef)*", word(), "\\w"};
            StringBuilder re = new StringBuilder("/");
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n && re.length() < 900; i++) re.append(parts[r.nextInt(parts.length)]);
            return re.append('/').toString();
        }

        private String fuzzy() {
            StringBuilder q = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n && q.length() < 900; i++) {
                String w = r.nextBoolean() ? word() + word() : "anticonstitutionnellement".repeat(1 + r.nextInt(3));
                q.append(i == 0 ? "" : r.nextBoolean() ? " OR " : " ").append(w).append("~").append(r.nextInt(3));
            }
            return q.toString();
        }

        private String ors(int n) {
            StringBuilder q = new StringBuilder(word());
            for (int i = 1; i < n; i++) q.append(" OR ").append(word());
            return q.toString();
        }

        private Probe paging() {
            String[] values = {"1000000000", "-1", "0", "1000000", "abc", "1e3", "99999999999999999999", " 7 ", "2.5", "-2147483648", "0x10", "١٢"};
            String param = r.nextBoolean() ? "page" : "size";
            return new Probe("paging params", "/api/search?q=" + enc(word()) + "&" + param + "=" + enc(values[r.nextInt(values.length)])
                    + (r.nextInt(3) == 0 ? "&page=1000&size=100" : ""), false);
        }

        private Probe dates() {
            String[] values = {"2020-13-45", "hier", "2020-02-30", "9999999-01", "-2020", "2020-1-1", "0000", "2020-00", "demain", "2019-12-31T25:00",
                    "1789-07-14", "2100-01-01", "20200101", ""};
            String param = List.of("from", "to", "mentioned").get(r.nextInt(3));
            String target = "/api/search?q=" + enc(word()) + "&" + param + "=" + enc(values[r.nextInt(values.length)]);
            if (r.nextInt(4) == 0) target += "&from=2020&to=2010";
            return new Probe("invalid dates", target, false);
        }

        private Probe unknownFacets() {
            String[] params = {"facet", "actor", "org", "place", "speaker", "sort", "zzz", "actor[]", "q", "mentioned"};
            StringBuilder t = new StringBuilder("/api/search?q=" + enc(word()));
            int n = 1 + r.nextInt(r.nextInt(10) == 0 ? 120 : 4);
            for (int i = 0; i < n; i++) t.append('&').append(params[r.nextInt(params.length)]).append('=').append(enc(r.nextBoolean() ? word() : unicode(5)));
            return new Probe("unknown facets", t.toString(), false);
        }

        private Probe cursor() {
            String c = switch (r.nextInt(5)) {
                case 0 -> cursors.isEmpty() ? "x" : cursors.get(r.nextInt(cursors.size()));
                case 1 -> { // a real cursor with a character changed
                    String real = cursors.isEmpty() ? "abcd" : cursors.get(r.nextInt(cursors.size()));
                    int i = r.nextInt(real.length());
                    yield real.substring(0, i) + (char) ('A' + r.nextInt(26)) + real.substring(i + 1);
                }
                case 2 -> Base64.getUrlEncoder().withoutPadding().encodeToString(List.of(
                        "[\"relevance\",1e40,\"x\"]", "[\"date_desc\",9223372036854775807,\"" + "z".repeat(5000) + "\"]",
                        "[\"date_asc\",-1,null]", "[1,2,3]", "{\"a\":1}", "[\"relevance\",\"NaN\",\"\"]", "[[[[[[]]]]]]")
                        .get(r.nextInt(7)).getBytes(StandardCharsets.UTF_8));
                case 3 -> unicode(1 + r.nextInt(30));
                default -> {
                    byte[] b = new byte[r.nextInt(300)];
                    r.nextBytes(b);
                    yield Base64.getEncoder().encodeToString(b);
                }
            };
            String sort = List.of("", "&sort=date", "&sort=date_desc", "&sort=date_asc", "&sort=bogus").get(r.nextInt(5));
            return new Probe("random cursors", "/api/search?q=" + enc(word()) + "&cursor=" + enc(c) + sort, false);
        }

        private String syntax() {
            String[] pieces = {"AND", "OR", "NOT", "-", "+", "^", "~", "*", "?", ":", "\\", "/", "[", "]", "{", "}", "TO", "acteur:", "titre:",
                    "lieu:", "citation:", "zzz:", "\"\"", "&&", "||", "!", "^1e308", "~-1", "[* TO *]", "{a TO z}", "_exists_:id"};
            StringBuilder q = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) q.append(r.nextBoolean() ? word() : pieces[r.nextInt(pieces.length)]).append(r.nextBoolean() ? " " : "");
            return q.toString();
        }

        /** Code points from every plane, unpaired surrogates and control characters included. */
        private String unicode(int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                switch (r.nextInt(6)) {
                    case 0 -> s.append((char) r.nextInt(0x20));
                    case 1 -> s.append((char) (0xD800 + r.nextInt(0x800))); // a lone surrogate
                    case 2 -> s.appendCodePoint(0x1F300 + r.nextInt(0x300)); // emoji
                    case 3 -> s.appendCodePoint(0x0590 + r.nextInt(0x200)); // Hebrew, Arabic
                    case 4 -> s.appendCodePoint(r.nextInt(0x110000));
                    default -> s.append(word());
                }
            }
            return s.toString().replace("\uFFFE", "");
        }

        /** Percent escapes that do not decode, or decode to invalid UTF-8, and bytes no client would send. */
        private String rawGarbage() {
            String[] pieces = {"%", "%z", "%zz", "%C3", "%C3%28", "%ED%A0%80", "%FF%FE", "%00", "%25", "%E2%82", "%F4%90%80%80", "é", "日本",
                    "<script>", "'", "`", "%0d%0aSet-Cookie:%20x=1", "..%2f", "%u0041", "+", "&&&", "==", ";", "#frag"};
            StringBuilder s = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) s.append(r.nextBoolean() ? enc(word()) : pieces[r.nextInt(pieces.length)]);
            return s.toString();
        }
    }
}
