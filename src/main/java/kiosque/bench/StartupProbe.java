package kiosque.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.index.ArchiveField;
import kiosque.index.ArticleDocuments;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Startup to first answer, as the bench measures it ({@link KiosqueServerProcess#awaitFirstAnswer} on the first query
 * of the bench's mix), for one or more checkouts started through their own {@code ./kiosque} launcher, taking turns so
 * that load from the rest of the machine falls on each alike. Prints every run and each checkout's median, in wall
 * time and in the server's CPU time up to its first answer (steadier on a shared machine).
 *
 * <pre>java -cp target/classes:$(cat target/classpath.txt) kiosque.bench.StartupProbe INDEX RUNS CHECKOUT...</pre>
 */
public final class StartupProbe {

    private StartupProbe() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: StartupProbe INDEX RUNS CHECKOUT... (each CHECKOUT holds a ./kiosque launcher)");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        int runs = Integer.parseInt(args[1]);
        Map<String, Path> launchers = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            Path launcher = Path.of(args[i]).toAbsolutePath().resolve("kiosque");
            if (!Files.isExecutable(launcher)) throw new IllegalArgumentException("no executable ./kiosque in " + args[i]);
            launchers.put(args[i], launcher);
        }
        BenchQuery probe = firstBenchQuery(index);
        System.out.println("probe: " + probe.queryText());
        Path work = Files.createTempDirectory("kiosque-startup-");
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Long>> cpuTimes = new LinkedHashMap<>();
        launchers.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        launchers.keySet().forEach(k -> cpuTimes.put(k, new ArrayList<>()));
        List<String> order = new ArrayList<>(launchers.keySet());
        try {
            for (int run = 1; run <= runs; run++) {
                for (String checkout : order) {
                    try (KiosqueServerProcess server = KiosqueServerProcess.launch(launchers.get(checkout), index, work, 0)) {
                        long ms = server.awaitFirstAnswer(new KiosqueApiClient(server.baseUrl()), probe, Duration.ofSeconds(120));
                        long cpu = server.cpuMillis();
                        times.get(checkout).add(ms);
                        cpuTimes.get(checkout).add(cpu);
                        System.out.printf("run %d %s: %,d ms, %,d ms CPU (load %s)%n", run, checkout, ms, cpu, Benchmark.loadAverage());
                    }
                }
                java.util.Collections.reverse(order);
            }
        } finally {
            Benchmark.deleteTree(work);
        }
        times.forEach((checkout, ms) -> System.out.printf("median %s: %,d ms, %,d ms CPU over %d runs %s%n",
                checkout, median(ms), median(cpuTimes.get(checkout)), ms.size(), ms));
    }

    /** The query the bench times startup with: the first of its mix. */
    static BenchQuery firstBenchQuery(Path index) throws IOException {
        return benchMix(index).getFirst();
    }

    /**
     * The bench's query mix (seed 42, 17 per category, as {@code ./kiosque bench} draws it) from the articles of an index.
     * In an index written by {@code bench --scale K} the mix is drawn, as the bench draws it, from the originals only:
     * the copies are left unread (reading the text of 360,000 articles into the mix's word lists exhausted the heap).
     * Notes on stderr when the index has several segments ({@link #segmentsWarning}).
     */
    static List<BenchQuery> benchMix(Path index) throws IOException {
        List<BenchDocument> docs = new ArrayList<>();
        try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
            int segments = reader.leaves().size();
            if (segments > 1) System.err.println(segmentsWarning(index, segments));
            // Every live id from the id doc values first (no stored field read), then the originals' documents only.
            String[] ids = new String[reader.maxDoc()];
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues values = DocValues.getSorted(leaf.reader(), ArchiveField.ID);
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) ids[leaf.docBase + doc] = values.lookupOrd(values.ordValue()).utf8ToString();
                }
            }
            Set<String> all = new HashSet<>(Arrays.asList(ids));
            StoredFields stored = reader.storedFields();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] == null || BenchCorpus.isScaledCopy(ids[i], all)) continue;
                var doc = stored.document(i);
                docs.add(BenchDocument.of(ArticleDocuments.toArticle(doc), ArticleDocuments.toExtraction(doc)));
            }
        }
        docs.sort(Comparator.comparing(BenchDocument::id));
        return QueryMix.draw(docs, 42, QueryMix.DEFAULT_PER_CATEGORY).queries();
    }

    /**
     * {@code bench --merge} queries a merged archive: on an archive of several segments, Lucene's facet counting goes through an
     * ordinal map per answer, and in-process Lucene's p50 at 4 clients came out at 5.0-5.1 ms on OrangeSum in five
     * segments against 1.4-2.2 ms on the same articles merged (README, {@code ConcurrencyBreakdown INDEX 1,4 lucene}).
     * A tool run on such an archive measures something other than the bench does.
     */
    static String segmentsWarning(Path index, int segments) {
        return "note: " + index + " has " + segments + " segments where `bench --merge` queries one (`./kiosque index --merge`):"
                + " in-process Lucene's facet counting, among others, is slower on several";
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
