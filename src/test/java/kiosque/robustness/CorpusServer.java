package kiosque.robustness;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.search.LuceneArchive;
import kiosque.web.WebServer;
import org.junit.jupiter.api.Assumptions;

/** Real corpus articles indexed by the real pipeline into a temporary folder, served by the real web server on a free port. */
final class CorpusServer implements AutoCloseable {
    static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");

    final LuceneArchive archive;
    final WebServer server;

    private CorpusServer(LuceneArchive archive, WebServer server) {
        this.archive = archive;
        this.server = server;
    }

    /** The first {@code lines} lines of the corpus (the test is skipped, saying why, when the corpus is absent). */
    static Path sample(Path dir, int lines) throws IOException {
        Assumptions.assumeTrue(Files.exists(CORPUS), "corpus absent: " + CORPUS.toAbsolutePath());
        Path out = dir.resolve("sample.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(out)) {
            String line;
            for (int i = 0; i < lines && (line = in.readLine()) != null; i++) {
                w.write(line);
                w.newLine();
            }
        }
        return out;
    }

    static CorpusServer start(Path dir, int articles) throws IOException {
        Path index = dir.resolve("index");
        try (ArchiveWriter writer = ArchiveWriter.open(index)) {
            IndexingPipeline.withDefaults(2).run(List.of(sample(dir, articles)), IndexingPipeline.target(writer), IndexingPipeline.Progress.NONE);
        }
        LuceneArchive archive = LuceneArchive.open(index);
        return new CorpusServer(archive, WebServer.start(archive, 0));
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override public void close() throws IOException {
        server.close();
        archive.close();
    }
}
