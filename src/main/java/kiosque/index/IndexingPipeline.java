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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
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
 * Files → articles → extraction and writing (parallel) → archive; when an id comes twice the last one wins. Commits every {@code commitEvery} articles or {@code commitInterval}, whichever comes first,
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

    /**
     * A commit flushes every buffered article to a new small segment that merges must then rewrite: committing every
     * 5,000 articles cost the full pipeline 14 % of its speed. Time bounds the work a crash can lose, the count only
     * bounds how far a fast run goes between commits.
     */
    public static final int DEFAULT_COMMIT_EVERY = 50_000;
    public static final Duration DEFAULT_COMMIT_INTERVAL = Duration.ofSeconds(30);
    /** Articles a worker extracts before writing them (see {@code writeBatch}). */
    private static final int BATCH = 32;

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
        return new IndexingPipeline(new FrenchExtractor(), threads, DEFAULT_COMMIT_EVERY, DEFAULT_COMMIT_INTERVAL);
    }

    public static Target target(ArchiveWriter writer) {
        return new Target() {
            @Override public ArchiveWriter.Outcome add(Article a, Extraction e) throws IOException { return writer.add(a, e); }

            @Override public void commit() throws IOException { writer.commit(); }

            @Override public void close() throws IOException { writer.close(); }
        };
    }

    private record Place(String file, long line) {
        @Override public String toString() { return file + ":" + line; }
    }

    /** An article on its way, with where it came from. */
    private record Pending(Article article, String file, long line) {
        static final Pending END = new Pending(null, null, 0);
    }

    /**
     * Reads, extracts and writes everything under {@code paths}; commits at the end. Throws only when the target
     * fails to commit. One reader feeds {@code threads} workers through one shared queue; each worker extracts and
     * writes (Lucene analyses in the calling thread, so writing must be parallel too). An id that comes again in
     * the same run waits until everything queued before it is written, so its copies are written in input order and
     * the last one wins. (Per-worker queues sharded by id kept that order too, but one slow shard blocked the
     * reader while the other worker sat idle: a quarter of the run on two threads.)
     */
    public Summary run(List<Path> paths, Target target, Progress progress) throws IOException {
        long t0 = System.nanoTime();
        List<IngestProblem> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong indexed = new AtomicLong(), replaced = new AtomicLong(), bytesRead = new AtomicLong();
        AtomicReference<IOException> failure = new AtomicReference<>();
        progress.started(Ingest.totalBytes(paths));

        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(256 * threads);
        WrittenCount written = new WrittenCount();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    List<Pending> batch = new ArrayList<>(BATCH);
                    boolean ended = false;
                    while (!ended) {
                        batch.clear();
                        batch.add(queue.take());
                        queue.drainTo(batch, BATCH - 1);
                        int end = batch.indexOf(Pending.END);
                        if (end >= 0) {
                            // Each worker stops at one end mark; any others taken here go back for the other workers.
                            for (int extra = batch.size() - end - 1; extra > 0; extra--) put(queue, Pending.END);
                            batch.subList(end, batch.size()).clear();
                            ended = true;
                        }
                        writeBatch(batch, target, indexed, replaced, problems, failure, written);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "kiosque-index-" + i);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        Committer committer = new Committer(target, indexed, replaced, failure, progress, bytesRead);
        committer.start();

        Ingest ingest = new Ingest();
        // Where each id came first in this run: a second copy in the same input is worth a warning (last one wins).
        Map<String, Place> firstSeen = new HashMap<>();
        long[] queued = {0};
        IngestListener listener = new IngestListener() {
            @Override public void article(Article article, String file, long line) {
                Place earlier = firstSeen.putIfAbsent(article.id(), new Place(file, line));
                if (earlier != null) {
                    problems.add(IngestProblem.degraded(file, line, "id '" + article.id() + "' came already at "
                            + earlier + " in this run; this later copy replaces it"));
                    written.awaitAtLeast(queued[0]); // the earlier copy is written before this one is taken
                }
                put(queue, new Pending(article, file, line));
                queued[0]++;
            }

            @Override public void problem(IngestProblem problem) { problems.add(problem); }
        };
        long[] before = {0};
        try {
            kiosque.ingest.SourceWalker.walk(paths, file -> {
                ingest.readFile(file, listener, n -> bytesRead.set(before[0] + n));
                try { before[0] += Files.size(file); } catch (IOException ignored) { /* already reported */ }
                bytesRead.set(before[0]);
            }, listener::problem);
        } finally {
            for (int i = 0; i < threads; i++) put(queue, Pending.END);
            try {
                for (Thread t : workers) t.join();
                committer.finish();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while indexing", e);
            }
        }
        if (failure.get() != null) throw failure.get();
        Summary summary = new Summary(indexed.get(), replaced.get(), problems, Duration.ofNanos(System.nanoTime() - t0));
        progress.finished(summary);
        return summary;
    }

    /** How many queued articles the workers have finished with; the reader waits on it before a repeated id. */
    private static final class WrittenCount {
        private long count;
        private boolean waiting;

        synchronized void increment() {
            count++;
            if (waiting) notifyAll();
        }

        synchronized void awaitAtLeast(long n) {
            waiting = true;
            try {
                while (count < n) wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while indexing", e);
            } finally {
                waiting = false;
            }
        }
    }

    /** Commits every {@code commitEvery} articles or {@code commitInterval}, while the workers keep writing. */
    private final class Committer extends Thread {
        private final Target target;
        private final AtomicLong indexed, replaced, bytesRead;
        private final AtomicReference<IOException> failure;
        private final Progress progress;
        private volatile boolean done;

        Committer(Target target, AtomicLong indexed, AtomicLong replaced, AtomicReference<IOException> failure,
                  Progress progress, AtomicLong bytesRead) {
            super("kiosque-commit");
            setDaemon(true);
            this.target = target;
            this.indexed = indexed;
            this.replaced = replaced;
            this.failure = failure;
            this.progress = progress;
            this.bytesRead = bytesRead;
        }

        @Override public void run() {
            long committed = 0, lastCommit = System.nanoTime();
            while (!done && failure.get() == null) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                long written = indexed.get() + replaced.get();
                progress.advanced(bytesRead.get(), written);
                if (written - committed >= commitEvery || (written > committed && System.nanoTime() - lastCommit > commitInterval.toNanos())) {
                    commit();
                    committed = written;
                    lastCommit = System.nanoTime();
                }
            }
        }

        /** Stops the periodic commits and makes the final one. */
        void finish() throws InterruptedException {
            done = true;
            join();
            if (failure.get() == null) commit();
            progress.advanced(bytesRead.get(), indexed.get() + replaced.get());
        }

        private void commit() {
            try {
                target.commit();
            } catch (IOException | RuntimeException e) {
                failure.compareAndSet(null, e instanceof IOException io ? io : new IOException("could not commit the index: " + e, e));
            }
        }
    }

    /**
     * Extracts a batch of articles, then writes them, in queue order. Alternating article by article made both
     * halves slower than alone (extraction 1.3 times, writing 1.5 times the CPU per article): the extractor's
     * lexicons and Lucene's buffers took turns in the processor's caches.
     */
    private void writeBatch(List<Pending> batch, Target target, AtomicLong indexed, AtomicLong replaced, List<IngestProblem> problems,
                            AtomicReference<IOException> failure, WrittenCount written) {
        Extraction[] extractions = new Extraction[batch.size()];
        for (int i = 0; i < extractions.length; i++) extractions[i] = extract(batch.get(i), problems);
        for (int i = 0; i < extractions.length; i++) {
            try {
                if (failure.get() == null) write(batch.get(i), extractions[i], target, indexed, replaced, problems);
            } finally {
                written.increment();
            }
        }
    }

    private Extraction extract(Pending p, List<IngestProblem> problems) {
        try {
            return extractor.extract(p.article());
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(IngestProblem.degraded(p.file(), p.line(), "article '" + p.article().id()
                    + "': extraction failed (" + e + "); indexed without extracted fields"));
            return Extraction.EMPTY;
        }
    }

    private void write(Pending p, Extraction extraction, Target target, AtomicLong indexed, AtomicLong replaced, List<IngestProblem> problems) {
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
