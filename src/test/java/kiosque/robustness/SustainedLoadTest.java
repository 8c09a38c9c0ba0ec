package kiosque.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import kiosque.cli.Main;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short run of `./kiosque load` (10 s over 2,000 corpus articles) in the suite; the five-minute run on the whole
 * corpus is the documented command (README, robustness). The heap criterion is left to the long run: ten seconds
 * over a small heap is too short a window to judge growth.
 */
class SustainedLoadTest {
    @TempDir Path tmp;

    @Test void tenSecondsOfFullThroughputWithoutAnError() throws Exception {
        Path index = tmp.resolve("index");
        try (ArchiveWriter w = ArchiveWriter.open(index)) {
            IndexingPipeline.withDefaults(2).run(List.of(CorpusServer.sample(tmp, 2000)), IndexingPipeline.target(w), IndexingPipeline.Progress.NONE);
        }
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("load", "--index", index.toString(), "--duration", "10", "--clients", "4", "--sample", "2000");
        String report = out.toString();
        System.out.print(report);
        assertTrue(report.matches("(?s).*load: [\\d,]+ requests in \\d+ s from 4 clients, \\d+ distinct queries; errors: 0; statuses \\{200=[\\d,]+}.*"), report);
        assertTrue(report.matches("(?s).*latency: p50 [\\d.]+ ms, p90 [\\d.]+ ms, p99 [\\d.]+ ms; throughput \\d+ requests/s.*"), report);
        assertTrue(report.contains("heap after full GC: "), report);
        long requests = Long.parseLong(report.replaceAll("(?s).*load: ([\\d,]+) requests.*", "$1").replace(",", ""));
        assertTrue(requests > 50, "the server answered " + requests + " requests in 10 s");
        assertTrue(exit == 0 || report.contains("MORE than 10 %"), "exit " + exit + " only for heap growth, never for errors");
    }
}
