package kiosque.bench;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingWorkerProcessTest {

    @Test void aWorkerThatNeverAnswersIsEndedAndTheBenchToldWhichAndWhy(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("worker.log");
        Files.writeString(log, "reading the corpus…\n");
        Process silent = new ProcessBuilder("sleep", "60").start();
        try (IndexingWorkerProcess worker = new IndexingWorkerProcess(IndexingWorker.Engine.writer, silent, log)) {
            long t0 = System.nanoTime();
            IOException e = assertThrows(IOException.class, () -> worker.awaitReady(Duration.ofMillis(300)));
            assertTrue((System.nanoTime() - t0) / 1e9 < 30, "gave up long before the worker's 60 s");
            assertTrue(e.getMessage().contains("indexing worker writer gave no answer"), e.getMessage());
            assertTrue(e.getMessage().contains("reading the corpus…"), "quotes the worker's log: " + e.getMessage());
            assertTrue(silent.waitFor(10, TimeUnit.SECONDS), "the hung worker was ended");
        } finally {
            silent.destroyForcibly();
        }
    }

    @Test void aWorkerThatEndsIsReportedAsEndedNotAsHung(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("worker.log");
        Files.writeString(log, "java.lang.OutOfMemoryError\n");
        Process ended = new ProcessBuilder("sh", "-c", "exit 3").start();
        try (IndexingWorkerProcess worker = new IndexingWorkerProcess(IndexingWorker.Engine.lucene, ended, log)) {
            IOException e = assertThrows(IOException.class, () -> worker.awaitReady(Duration.ofSeconds(30)));
            assertTrue(e.getMessage().contains("indexing worker lucene ended before it was ready, exit 3"), e.getMessage());
            assertTrue(e.getMessage().contains("OutOfMemoryError"), e.getMessage());
        }
    }

    @Test void loadCommandsKeepFoldersWithSpacesAndTheTextBytes() {
        var command = new IndexingWorker.LoadCommand(2_000, 4_812_345L, Path.of("/tmp/a b/index"), Path.of("/tmp/a b/in.jsonl"));
        assertEquals(command, IndexingWorker.LoadCommand.parse(command.format()));
        var withoutInput = new IndexingWorker.LoadCommand(10, 99L, Path.of("/tmp/x y"), null);
        assertEquals(withoutInput, IndexingWorker.LoadCommand.parse(withoutInput.format()));
        assertThrows(IllegalArgumentException.class, () -> IndexingWorker.LoadCommand.parse("load\t10\t/tmp/x"));
    }
}
