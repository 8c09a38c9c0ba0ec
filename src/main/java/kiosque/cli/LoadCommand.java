package kiosque.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import kiosque.bench.LoadRun;
import kiosque.search.LuceneArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Sustained-load check: the server at full throughput for a while, then errors, latency and heap growth. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Start the server in-process on a free port over an index, drive it at its maximum throughput with the",
                "benchmark query mix (closed-loop clients over HTTP), and report errors, p50/p99, throughput, and the heap",
                "after a full GC at the start and at the end."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no error, and the heap at the end is within 10 % of the start",
                "1:some request failed, or the heap grew by more than 10 %",
                "2:usage error, or no index"})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", description = "archive folder (default: index/ of the checkout)")
    Path index;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "how long to drive the server (default: ${DEFAULT-VALUE})")
    int duration = 300;

    @Option(names = "--clients", paramLabel = "N", description = "concurrent closed-loop clients (default: ${DEFAULT-VALUE})")
    int clients = 4;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the query mix (default: ${DEFAULT-VALUE})")
    long seed = 42;

    @Option(names = "--sample", paramLabel = "N", description = "articles of the index the mix is drawn from (default: ${DEFAULT-VALUE})")
    int sample = 5_000;

    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        if (duration < 1 || clients < 1 || sample < 100)
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--duration and --clients must be at least 1, --sample at least 100");
        PrintWriter out = spec.commandLine().getOut();
        try (LuceneArchive archive = LuceneArchive.open(index == null ? Home.defaultIndex() : index)) {
            LoadRun.Report report = LoadRun.run(archive, new LoadRun.Settings(Duration.ofSeconds(duration), clients, seed, sample), out);
            report.lines().forEach(out::println);
            out.flush();
            return report.errors() == 0 && report.heapWithin(0.10) ? 0 : 1;
        }
    }
}
