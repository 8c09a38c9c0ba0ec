package kiosque.opensearch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.bench.BenchDocument;
import kiosque.bench.BenchQuery;
import kiosque.bench.BenchCorpus;
import kiosque.bench.LatencyFigures;
import kiosque.bench.LatencyRecorder;
import kiosque.bench.OpenSearchNodeProcess;
import kiosque.bench.OpenSearchNodeSpec;
import kiosque.bench.QueryMix;
import kiosque.extract.Extraction;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;

/**
 * The benchmark's "Kiosque on OpenSearch" column: the query mix answered by {@link OpenSearchArchive} (parse, translate,
 * names, facets, excerpts) beside the very same _search bodies posted to OpenSearch directly, so the difference is
 * what Kiosque's layer adds. {@link #measure} is what `./kiosque bench` can call on an archive it has loaded.
 * <p>
 * Standalone: {@code java -cp target/classes:$(cat target/classpath.txt) kiosque.opensearch.KiosqueOnOpenSearchBench
 * ../shared/corpus/orangesum.jsonl.gz 5000} (starts its own single node, loads the articles, prints both columns).
 */
public final class KiosqueOnOpenSearchBench {
    private KiosqueOnOpenSearchBench() {}

    /** Kiosque's answer and raw OpenSearch's, for the same mix at the same concurrency. */
    public record Columns(LatencyFigures kiosqueOnOpenSearch, LatencyFigures rawOpenSearch) {
        public double overhead() {
            return kiosqueOnOpenSearch.p50Ms() / rawOpenSearch.p50Ms();
        }

        @Override public String toString() {
            return String.format("Kiosque on OpenSearch: %s%nraw OpenSearch (same bodies): %s%np50 ratio %.2f, p90 ratio %.2f",
                    kiosqueOnOpenSearch, rawOpenSearch, overhead(), kiosqueOnOpenSearch.p90Ms() / rawOpenSearch.p90Ms());
        }
    }

    /**
     * Kiosque on OpenSearch beside the same request bodies sent directly, at each concurrency in turn. The two engines
     * are made once, so the recorder warms them once: it keeps each engine's warm-up time across concurrencies.
     */
    public static Map<Integer, Columns> measure(OpenSearchArchive archive, OpenSearchConnection connection, List<BenchQuery> mix,
                                                LatencyRecorder recorder, List<Integer> concurrencies) {
        Map<String, ObjectNode> bodies = new HashMap<>();
        for (BenchQuery q : mix) bodies.put(q.id(), archive.searchBody(q.toArchiveQuery()));
        String path = "/" + archive.alias() + "/_search?allow_partial_search_results=false";
        LatencyRecorder.Engine raw = q -> {
            OpenSearchConnection.Answer a = connection.send("POST", path, bodies.get(q.id()));
            if (!a.ok()) throw new IllegalStateException(q.id() + ": " + a.reason());
        };
        List<LatencyRecorder.Named> engines = List.of(
                new LatencyRecorder.Named("raw", "OpenSearch, the same requests sent directly", raw),
                new LatencyRecorder.Named("kiosque", "Kiosque on OpenSearch", q -> archive.search(q.toArchiveQuery())));
        Map<Integer, Columns> out = new java.util.LinkedHashMap<>();
        for (int concurrency : concurrencies) {
            // Side by side, so that the overhead ratio is not the machine's drift between two stretches of time.
            Map<String, LatencyFigures> figures = recorder.measureSideBySide(mix, engines, concurrency);
            out.put(concurrency, new Columns(figures.get("kiosque"), figures.get("raw")));
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/orangesum.jsonl.gz");
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        List<Article> articles = BenchCorpus.read(corpus, limit);
        FrenchExtractor extractor = new FrenchExtractor();
        List<Extraction> extractions = articles.parallelStream().map(extractor::extract).toList();
        List<BenchDocument> docs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) docs.add(BenchDocument.of(articles.get(i), extractions.get(i)));
        try (OpenSearchNodeProcess node = OpenSearchNodeProcess.start(OpenSearchNodeSpec.singleNode(), Duration.ofMinutes(3));
             OpenSearchConnection connection = OpenSearchConnection.open(List.of(node.baseUrl()))) {
            long t0 = System.nanoTime();
            try (OpenSearchArchiveWriter w = OpenSearchArchiveWriter.rebuild(connection, "kiosque", 1, 0)) {
                for (int i = 0; i < articles.size(); i++) w.add(articles.get(i), extractions.get(i));
                w.publish();
                System.out.printf("%s in %.1f s%n", w.report().line(), (System.nanoTime() - t0) / 1e9);
            }
            try (OpenSearchArchive archive = OpenSearchArchive.open(connection, "kiosque")) {
                List<BenchQuery> mix = QueryMix.draw(docs, 42, QueryMix.DEFAULT_PER_CATEGORY).queries();
                measure(archive, connection, mix, LatencyRecorder.standard(), List.of(1, 4)).forEach((concurrency, c) ->
                        System.out.printf("%d articles, %d queries, concurrency %d%n%s%n", articles.size(), mix.size(), concurrency, c));
            }
        }
    }
}
