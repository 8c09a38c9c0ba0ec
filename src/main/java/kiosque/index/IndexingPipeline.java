package kiosque.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kiosque.extract.Extraction;
import kiosque.extract.Extractor;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;
import kiosque.ingest.Ingest;
import kiosque.ingest.IngestListener;
import kiosque.ingest.IngestProblem;

/**
 * Files → articles → extraction (parallel) → archive, in input order, so that when an id comes twice the
 * last one wins. Commits every {@code commitEvery} articles or {@code commitInterval}, whichever comes first,
 * and at the end: a crash loses at most that much work, and never leaves a half-written index.
 */
public final class IndexingPipeline {

    /** Where articles go; {@link ArchiveWriter} in the product, a list in some tests. */
    public interface Target extends Closeable {
        ArchiveWriter.Outcome add(Article article, Extraction extraction) throws IOException;

        void commit() throws IOException;
    }

    /** Told about progress from the indexing thread; implementations keep it cheap. */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void started(long totalBytes) {}

        default void advanced(long bytesRead, long articlesDone) {}

        default void finished(Summary summary) {}
    }

    /** What a run did. Problems are in input order. */
    public record Summary(long indexed, long replaced, List<IngestProblem> problems, Duration took) {
        public Summary { problems = List.copyOf(problems); }

        public long skipped() { return problems.stream().filter(p -> p.severity() == IngestProblem.Severity.SKIPPED).count(); }

        public long degraded() { return problems.size() - skipped(); }

        public boolean clean() { return problems.isEmpty(); }

        public double articlesPerSecond() {
            return (indexed + replaced) / Math.max(1e-3, took.toNanos() / 1e9);
        }

        public String line() {
            return String.format("%,d indexed, %,d replaced, %,d skipped, %,d kept with warnings in %.1f s (%.0f articles/s)",
                    indexed, replaced, skipped(), degraded(), took.toNanos() / 1e9, articlesPerSecond());
        }
    }

    private final Extractor extractor;
    private final int threads;
    private final int commitEvery;
    private final Duration commitInterval;

    public IndexingPipeline(Extractor extractor, int threads, int commitEvery, Duration commitInterval) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.extractor = extractor;
        this.threads = threads;
        this.commitEvery = commitEvery;
        this.commitInterval = commitInterval;
    }

    public static IndexingPipeline withDefaults(int threads) {
        return new IndexingPipeline(new FrenchExtractor(), threads, 5_000, Duration.ofSeconds(30));
    }

    public static Target target(ArchiveWriter writer) {
        return new Target() {
            @Override public ArchiveWriter.Outcome add(Article a, Extraction e) throws IOException { return writer.add(a, e); }

            @Override public void commit() throws IOException { writer.commit(); }

            @Override public void close() throws IOException { writer.close(); }
        };
    }

    /** An article on its way: where it came from, and its extraction being computed. */
    private record Pending(Article article, String file, long line, Future<Extraction> extraction) {
        static final Pending END = new Pending(null, null, 0, null);
    }

    /** Reads, extracts and writes everything under {@code paths}; commits at the end. Throws only when the target fails to commit. */
    public Summary run(List<Path> paths, Target target, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        List<IngestProblem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong indexed = new AtomicLong(), replaced = new AtomicLong(), bytesRead = new AtomicLong();
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(threads * 64);
        AtomicReference<IOException> commitFailure = new AtomicReference<>();
        progress.started(Ingest.totalBytes(paths));

        ExecutorService extractors = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "kiosque-extract");
            t.setDaemon(true);
            return t;
        });
        Thread writer = new Thread(() -> {
            long sinceCommit = 0, lastCommit = System.nanoTime();
            try {
                for (Pending p; (p = queue.take()) != Pending.END; ) {
                    write(p, target, indexed, replaced, problems);
                    sinceCommit++;
                    if (sinceCommit >= commitEvery || System.nanoTime() - lastCommit > commitInterval.toNanos()) {
                        target.commit();
                        sinceCommit = 0;
                        lastCommit = System.nanoTime();
                    }
                    progress.advanced(bytesRead.get(), indexed.get() + replaced.get());
                }
                target.commit();
            } catch (IOException | RuntimeException e) {
                commitFailure.set(e instanceof IOException io ? io : new IOException("could not commit the index: " + e, e));
                drain(queue);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kiosque-write");
        writer.start();

        Ingest ingest = new Ingest();
        IngestListener listener = new IngestListener() {
            @Override public void article(Article article, String file, long line) {
                Future<Extraction> extraction = commitFailure.get() != null
                        ? CompletableFuture.completedFuture(Extraction.EMPTY)
                        : extractors.submit(() -> extractor.extract(article));
                put(queue, new Pending(article, file, line, extraction));
            }

            @Override public void problem(IngestProblem problem) { problems.add(problem); }
        };
        long[] before = {0};
        kiosque.ingest.SourceWalker.walk(paths, file -> {
            ingest.readFile(file, listener, n -> bytesRead.set(before[0] + n));
            try { before[0] += Files.size(file); } catch (IOException ignored) { /* already reported */ }
            bytesRead.set(before[0]);
        }, listener::problem);
        put(queue, Pending.END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while indexing", e);
        } finally {
            extractors.shutdownNow();
        }
        if (commitFailure.get() != null) throw commitFailure.get();
        Summary summary = new Summary(indexed.get(), replaced.get(), problems, Duration.ofNanos(System.nanoTime() - t0));
        progress.finished(summary);
        return summary;
    }

    private void write(Pending p, Target target, AtomicLong indexed, AtomicLong replaced, List<IngestProblem> problems)
            throws InterruptedException {
        Extraction extraction;
        try {
            extraction = p.extraction().get();
        } catch (ExecutionException e) {
            problems.add(IngestProblem.degraded(p.file(), p.line(), "article '" + p.article().id()
                    + "': extraction failed (" + e.getCause() + "); indexed without extracted fields"));
            extraction = Extraction.EMPTY;
        }
        try {
            ArchiveWriter.Outcome outcome = target.add(p.article(), extraction);
            (outcome == ArchiveWriter.Outcome.REPLACED ? replaced : indexed).incrementAndGet();
        } catch (IOException | RuntimeException e) {
            problems.add(IngestProblem.skipped(p.file(), p.line(), "article '" + p.article().id() + "' could not be indexed: " + e.getMessage()));
        }
    }

    private static void put(BlockingQueue<Pending> queue, Pending p) {
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while indexing", e);
        }
    }

    /** After a failed commit: let the reader run to its end marker without blocking; nothing more is written. */
    private static void drain(BlockingQueue<Pending> queue) {
        try {
            while (queue.take() != Pending.END) { /* discarded */ }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Indexes {@code seeds} into {@code index} when the index has no commit yet or a seed file is newer than
     * its last commit. Returns the summary, or null when the index was already up to date.
     */
    public static Summary indexIfStale(Path seeds, Path index, Progress progress) throws IOException {
        FileTime lastCommit = lastCommit(index);
        FileTime newestSeed;
        try (Stream<Path> files = Files.walk(seeds)) {
            newestSeed = files.filter(Files::isRegularFile).map(IndexingPipeline::modified)
                    .max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
        if (lastCommit != null && lastCommit.compareTo(newestSeed) >= 0) return null;
        try (ArchiveWriter writer = ArchiveWriter.open(index)) {
            return withDefaults(Math.max(1, Runtime.getRuntime().availableProcessors()))
                    .run(List.of(seeds), target(writer), progress);
        }
    }

    /** Time of the newest Lucene commit point (segments_N file) in the folder, or null when there is none. */
    static FileTime lastCommit(Path index) throws IOException {
        if (!Files.isDirectory(index)) return null;
        FileTime newest = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(index, "segments_*")) {
            for (Path p : entries) {
                FileTime t = modified(p);
                if (newest == null || t.compareTo(newest) > 0) newest = t;
            }
        }
        return newest;
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
