package kiosque.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kiosque.index.IndexingPipeline;
import kiosque.search.Archive;
import kiosque.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Serves the search page and the JSON API; indexes the seeds first when the archive is missing or older. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the search page and the JSON API (read-only) on http://localhost:PORT.",
                "Indexes --seeds into --index first when the index is missing or older than the seed files."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", description = "archive folder (default: index/ of the checkout)")
    Path index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "0.0.0.0", description = "address to listen on (default: ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--seeds", paramLabel = "DIR", description = "seed articles indexed when stale (default: seeds/ of the checkout)")
    Path seeds;

    @picocli.CommandLine.Mixin ArchiveBackend backend;

    /**
     * The launcher starts the server without the incubator vector module (its start cost more than it saved, see
     * the launcher): Lucene's advice to add it would be the first thing every server prints. Held here so that the
     * logger, and its level, stay.
     */
    private static final java.util.logging.Logger LUCENE_VECTOR_ADVICE =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    @Override public Integer call() throws Exception {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) LUCENE_VECTOR_ADVICE.setLevel(java.util.logging.Level.SEVERE);
        long t0 = System.nanoTime();
        Path indexDir = index == null ? Home.defaultIndex() : index;
        Path seedDir = seeds == null ? Home.defaultSeeds() : seeds;
        if (backend.isOpenSearch()) {
            // the cluster's archive is loaded with `index --backend opensearch`; serve never writes to it
        } else if (Files.isDirectory(seedDir)) {
            try (IndexProgress progress = IndexProgress.forConsole(new java.io.PrintWriter(System.out, true))) {
                IndexingPipeline.Summary s = IndexingPipeline.indexIfStale(seedDir, indexDir, progress);
                if (s != null) {
                    ArchiveBackend.saveNameAliases(indexDir, new java.io.PrintWriter(System.err, true));
                    System.out.println("seeds: " + s.line());
                    s.problems().forEach(p -> System.err.println(p));
                }
            }
        } else if (seeds != null) {
            System.err.println("kiosque serve: no seed folder at " + seedDir);
            return 2;
        }
        OpeningArchive opening = new OpeningArchive(() -> backend.open(indexDir));
        WebServer server = WebServer.start(opening, host, port);
        Archive archive;
        try {
            archive = opening.await();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        System.out.printf("Kiosque: %,d articles from %s, serving http://localhost:%d (ready in %d ms)%n",
                archive.size(), backend.where(indexDir), server.port(), (System.nanoTime() - t0) / 1_000_000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            try {
                archive.close();
            } catch (Exception ignored) {
                // shutting down anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
