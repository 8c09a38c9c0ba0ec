package kiosque.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kiosque.bench.BenchOptions;
import kiosque.bench.BenchReport;
import kiosque.bench.IndexFigures;
import kiosque.bench.Benchmark;
import kiosque.bench.LatencyRecorder;
import kiosque.bench.MemoryProbe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {
            "Measure Kiosque against bare Lucene and a real OpenSearch node on the same French articles:",
            "indexing speed, query latency at each concurrency, the server's smallest heap and its startup.",
            "Prints a Markdown table; writes report.json and report.md to --out. Progress goes to stderr."})
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines corpus, optionally gzipped (default: ${DEFAULT-VALUE})")
    Path corpus = BenchOptions.DEFAULT_CORPUS;

    @Option(names = "--scale", paramLabel = "K", description = "replicate the corpus K times, fresh ids, dates K years later (default: ${DEFAULT-VALUE})")
    int scale = 1;

    @Option(names = "--limit", paramLabel = "N", description = "use only the first N articles of the corpus (default: all)")
    int limit = Integer.MAX_VALUE;

    @Option(names = "--threads", paramLabel = "N", description = "indexing threads, the same for every engine (default: ${DEFAULT-VALUE})")
    int threads = 2;

    @Option(names = "--queries", paramLabel = "N", description = "at least N queries, a whole number per category (default: ${DEFAULT-VALUE})")
    int queries = 221;

    @Option(names = "--clients", paramLabel = "C[,C...]", split = ",", description = "concurrent clients to measure at (default: 1,4)")
    List<Integer> clients = List.of(1, 4);

    @Option(names = "--skip-opensearch", description = "measure Kiosque and Lucene only")
    boolean skipOpenSearch;

    @Option(names = "--merge", description = "merge Kiosque's archive and OpenSearch's index into one segment each after their timed loads, before the queries")
    boolean merge;

    @Option(names = "--index-rounds", paramLabel = "N", description = "timed loads of each indexing run, all runs in turn each round; the median is reported (default: ${DEFAULT-VALUE})")
    int indexRounds = BenchOptions.DEFAULT_INDEX_ROUNDS;

    @Option(names = "--index-only", description = "run the indexing measurements (a)-(e) only: no queries, memory or startup")
    boolean indexOnly;

    @Option(names = "--out", paramLabel = "DIR", description = "where report.json and report.md go (default: ${DEFAULT-VALUE})")
    Path out = Path.of("target/bench");

    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        BenchOptions options;
        try {
            options = new BenchOptions(corpus, scale, limit, threads, queries, clients, skipOpenSearch, out,
                    MemoryProbe.DEFAULT_LADDER, LatencyRecorder.standard(), 3, 42).withMerge(merge).withIndexRounds(indexRounds);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (indexOnly) {
            printIndexing(new Benchmark(options, System.err).runIndexing());
            return 0;
        }
        BenchReport report = new Benchmark(options, System.err).run();
        spec.commandLine().getOut().println(report.toMarkdown());
        spec.commandLine().getOut().println("report: " + out.resolve("report.json"));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void printIndexing(Map<String, List<IndexFigures>> rounds) {
        var out = spec.commandLine().getOut();
        out.println("| indexing (median round) | docs | s | docs/s | MB/s | docs/s by round |");
        out.println("|---|---:|---:|---:|---:|---:|");
        rounds.forEach((run, list) -> {
            IndexFigures f = IndexFigures.median(list);
            out.printf("| %s | %,d | %.1f | %,.0f | %.2f | %s |%n", run, f.docs(), f.seconds(), f.docsPerSecond(), f.megabytesPerSecond(),
                    IndexFigures.docsPerSecondByRound(list));
        });
        out.flush();
    }
}
