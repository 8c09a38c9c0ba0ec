package kiosque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import kiosque.index.IndexingPipeline;
import kiosque.ingest.IngestProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
        description = {
            "Index articles from files or folders (walked recursively): seed text (.txt), JSON (.json: an object or an array),",
            "JSON Lines (.jsonl), each optionally gzipped (.gz). An id indexed again replaces the earlier article.",
            "Bad files and lines are reported (file:line: reason) and skipped; everything else is indexed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:everything was indexed",
            "1:some input was skipped or kept with a warning (listed on stderr); the rest is indexed",
            "2:usage error, or the index could not be written"})
public final class IndexCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index/ in the Kiosque folder)")
    Path index;

    @Option(names = "--threads", paramLabel = "N", description = "extraction threads (default: number of processors)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--commit-every", paramLabel = "N", description = "commit after this many articles (default: ${DEFAULT-VALUE})")
    int commitEvery = IndexingPipeline.DEFAULT_COMMIT_EVERY;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Option(names = "--merge", description = "when done, merge the archive into one segment: slower to index, faster to search (for an archive loaded once, then read)")
    boolean merge;

    @picocli.CommandLine.Mixin ArchiveBackend backend;

    @Option(names = "--rebuild", description = "OpenSearch: load into a new index version and switch the alias to it when complete")
    boolean rebuild;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "1", description = "OpenSearch: primary shards of a new index version (default: ${DEFAULT-VALUE})")
    int shards;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "1", description = "OpenSearch: replicas of a new index version (default: ${DEFAULT-VALUE})")
    int replicas;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to index")
    List<Path> paths;

    @Spec CommandSpec spec;

    @Override public Integer call() throws IOException {
        if (threads < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        if (commitEvery < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--commit-every must be at least 1");
        if (merge && backend.isOpenSearch())
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), ArchiveBackend.MERGE_NEEDS_LUCENE);
        Path dir = index == null ? Home.defaultIndex() : index;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IndexingPipeline pipeline = new IndexingPipeline(new kiosque.extract.FrenchExtractor(), threads, commitEvery,
                IndexingPipeline.DEFAULT_COMMIT_INTERVAL);
        IndexingPipeline.Summary summary;
        boolean stored;
        try (ArchiveBackend.Load load = backend.load(dir, rebuild, shards, replicas, merge);
             IndexProgress progress = quiet ? null : IndexProgress.forConsole(out)) {
            summary = pipeline.run(paths, load, progress == null ? IndexingPipeline.Progress.NONE : progress);
            stored = load.finish(out, err);
        }
        for (IngestProblem p : summary.problems()) err.println(p);
        out.println(summary.line() + " → " + backend.where(dir));
        out.flush();
        err.flush();
        return summary.clean() && stored ? 0 : 1;
    }
}
