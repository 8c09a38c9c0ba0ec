package kiosque.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured. {@link #toJson()} is report.json's fixed shape; {@link #toMarkdown()} the
 * table printed on stdout, which adds MB/s, the warm-up passes, the conditions of the run and the ratios the
 * benchmark issue sets as targets ({@link TargetRatios}).
 *
 * @param index   indexing figures keyed kiosque, kiosque_preextracted, lucene, opensearch, kiosque_archive_on_opensearch (absent when skipped)
 * @param query   latency per engine (kiosque, opensearch, lucene), then per concurrency
 * @param context how the run was made: command, threads, load average…, shown beside the figures
 * @param indexRounds every timed load of each indexing run, in the order measured; {@code index} holds the median one
 */
public record BenchReport(long docs, Map<String, IndexFigures> index, Map<String, Map<Integer, LatencyFigures>> query,
                          int kiosqueMinXmxMb, long startupMs, Map<String, Object> context, Map<String, List<IndexFigures>> indexRounds) {

    public static final List<String> INDEX_RUNS = List.of("kiosque", "kiosque_preextracted", "lucene", "opensearch", "kiosque_archive_on_opensearch");
    public static final List<String> ENGINES = List.of("kiosque", "opensearch", "lucene", "kiosque_on_opensearch", "opensearch_same_requests");

    /** A report whose indexing runs were each timed once. */
    public BenchReport(long docs, Map<String, IndexFigures> index, Map<String, Map<Integer, LatencyFigures>> query,
                       int kiosqueMinXmxMb, long startupMs, Map<String, Object> context) {
        this(docs, index, query, kiosqueMinXmxMb, startupMs, context, Map.of());
    }

    public BenchReport {
        index = Map.copyOf(index);
        indexRounds = Map.copyOf(indexRounds);
        query = Map.copyOf(query);
        context = new LinkedHashMap<>(context);
    }

    /**
     * {@code {"docs": N, "index": {"kiosque_docs_s", "kiosque_preextracted_docs_s", "lucene_docs_s", "opensearch_docs_s",
     * "kiosque_archive_on_opensearch_docs_s"}, "query": {"kiosque": {"c1": {"p50_ms", "p90_ms", "p99_ms", "qps"}, "c4": {…}}, "opensearch": {…}, "lucene": {…}},
     * "memory": {"kiosque_min_xmx_mb"}, "startup_ms"}}; a run that was skipped is null. With rounds, "index_rounds"
     * holds every round's docs/s per indexing run, in the order measured ("index" has the median one). The query map also holds
     * "kiosque_on_opensearch" and "opensearch_same_requests": Kiosque's OpenSearch backend beside the very _search
     * bodies it sends, posted directly, so their ratio is what Kiosque's layer adds.
     */
    public Map<String, Object> toJson() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("docs", docs);
        Map<String, Object> indexing = new LinkedHashMap<>();
        for (String run : INDEX_RUNS) {
            IndexFigures f = index.get(run);
            indexing.put(run + "_docs_s", f == null ? null : Math.round(f.docsPerSecond()));
        }
        out.put("index", indexing);
        if (!indexRounds.isEmpty()) {
            Map<String, Object> rounds = new LinkedHashMap<>();
            for (String run : INDEX_RUNS) {
                List<IndexFigures> r = indexRounds.get(run);
                rounds.put(run + "_docs_s", r == null ? null : r.stream().map(f -> Math.round(f.docsPerSecond())).toList());
            }
            out.put("index_rounds", rounds);
        }
        Map<String, Object> queries = new LinkedHashMap<>();
        for (String engine : ENGINES) {
            Map<Integer, LatencyFigures> perClients = query.get(engine);
            if (perClients == null) {
                queries.put(engine, null);
                continue;
            }
            Map<String, Object> byConcurrency = new LinkedHashMap<>();
            perClients.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> byConcurrency.put("c" + e.getKey(), e.getValue().toReport()));
            queries.put(engine, byConcurrency);
        }
        out.put("query", queries);
        out.put("memory", Map.of("kiosque_min_xmx_mb", kiosqueMinXmxMb));
        out.put("startup_ms", startupMs);
        return out;
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append(String.format("Kiosque benchmark: %,d documents", docs));
        context.forEach((k, v) -> md.append(", ").append(k).append(' ').append(v));
        boolean rounds = !indexRounds.isEmpty();
        md.append(rounds ? "\n\n| indexing (median round) | docs/s | MB/s of text | seconds | docs/s by round |\n|---|---:|---:|---:|---:|\n"
                : "\n\n| indexing | docs/s | MB/s of text | seconds |\n|---|---:|---:|---:|\n");
        Map<String, String> names = Map.of("kiosque", "(a) Kiosque full pipeline (read+extract+write+commit)",
                "kiosque_preextracted", "(b) Kiosque writer, pre-extracted", "lucene", "(c) bare Lucene, stock FrenchAnalyzer",
                "opensearch", "(d) OpenSearch bulk, after its warm-up loads",
                "kiosque_archive_on_opensearch", "(e) Kiosque's archive on OpenSearch, pre-extracted (the same fields as (b))");
        for (String run : INDEX_RUNS) {
            IndexFigures f = index.get(run);
            if (f == null) {
                md.append("| ").append(names.get(run)).append(rounds ? " | skipped | | | |\n" : " | skipped | | |\n");
                continue;
            }
            md.append(String.format("| %s | %,.0f | %.2f | %.1f |", names.get(run), f.docsPerSecond(), f.megabytesPerSecond(), f.seconds()));
            if (rounds) {
                md.append(' ').append(IndexFigures.docsPerSecondByRound(indexRounds.getOrDefault(run, List.of()))).append(" |");
            }
            md.append('\n');
        }
        md.append("\n| queries | clients | p50 ms | p90 ms | p99 ms | q/s | warm-up passes (s) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        Map<String, String> engines = Map.of("kiosque", "Kiosque /api/search (HTTP)", "opensearch", "OpenSearch _search (HTTP)",
                "lucene", "Lucene in-process (no excerpts)",
                "kiosque_on_opensearch", "Kiosque on OpenSearch (its archive, in-process)",
                "opensearch_same_requests", "OpenSearch, the same requests sent directly");
        for (String engine : ENGINES) {
            Map<Integer, LatencyFigures> perClients = query.get(engine);
            if (perClients == null) {
                md.append("| ").append(engines.get(engine)).append(" | skipped | | | | | |\n");
                continue;
            }
            perClients.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                LatencyFigures f = e.getValue();
                md.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.0f | %d (%.0f s) |%n", engines.get(engine), e.getKey(),
                        f.p50Ms(), f.p90Ms(), f.p99Ms(), f.qps(), f.warmupPasses(), f.warmupSeconds()));
            });
        }
        md.append(String.format("%n| server | figure |%n|---|---:|%n| smallest -Xmx completing the query run | %s |%n"
                        + "| startup to first answer (median) | %,d ms |%n",
                kiosqueMinXmxMb == 0 ? "none of those tried" : kiosqueMinXmxMb + " MB", startupMs));
        md.append('\n').append(TargetRatios.toMarkdown(this));
        md.append(TargetRatios.likeForLikeMarkdown(this));
        return md.toString();
    }
}
