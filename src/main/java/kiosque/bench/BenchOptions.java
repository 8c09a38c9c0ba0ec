package kiosque.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one benchmark run measures and how.
 *
 * @param limit         read at most this many articles of the corpus before scaling (for short runs)
 * @param queries       at least this many queries; rounded up to a whole number per category
 * @param clients       the concurrencies each engine is measured at
 * @param heapLadderMb  the heaps the memory probe tries, largest first
 * @param recorder      how warm-up and measured passes are run
 * @param startupRuns   server starts timed; the median is reported
 * @param merge         merge Kiosque's archive and OpenSearch's index into one segment each after their timed
 *                      loads, before the queries: an archive loaded once, then read
 * @param indexRounds   timed loads of each indexing run, (a) to (e) in turn each round; the median is reported
 */
public record BenchOptions(Path corpus, int scale, int limit, int threads, int queries, List<Integer> clients,
                           boolean skipOpenSearch, Path out, List<Integer> heapLadderMb, LatencyRecorder recorder,
                           int startupRuns, long seed, boolean merge, int indexRounds) {

    /** The fewest rounds with a true middle one, so that one disturbed round does not decide the figure. */
    public static final int DEFAULT_INDEX_ROUNDS = 3;

    public BenchOptions(Path corpus, int scale, int limit, int threads, int queries, List<Integer> clients, boolean skipOpenSearch,
                        Path out, List<Integer> heapLadderMb, LatencyRecorder recorder, int startupRuns, long seed) {
        this(corpus, scale, limit, threads, queries, clients, skipOpenSearch, out, heapLadderMb, recorder, startupRuns, seed, false,
                DEFAULT_INDEX_ROUNDS);
    }

    public BenchOptions withMerge(boolean merge) {
        return new BenchOptions(corpus, scale, limit, threads, queries, clients, skipOpenSearch, out, heapLadderMb, recorder, startupRuns, seed, merge, indexRounds);
    }

    public BenchOptions withIndexRounds(int indexRounds) {
        return new BenchOptions(corpus, scale, limit, threads, queries, clients, skipOpenSearch, out, heapLadderMb, recorder, startupRuns, seed, merge, indexRounds);
    }

    public static final Path DEFAULT_CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");

    public BenchOptions {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(recorder, "recorder");
        clients = List.copyOf(clients);
        heapLadderMb = List.copyOf(heapLadderMb);
        if (scale < 1) throw new IllegalArgumentException("--scale must be at least 1, got " + scale);
        if (limit < 100) throw new IllegalArgumentException("need at least 100 articles to draw queries from, got a limit of " + limit);
        if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        if (queries < 1) throw new IllegalArgumentException("--queries must be at least 1, got " + queries);
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("--clients needs one or more concurrencies of at least 1, got " + clients);
        }
        if (indexRounds < 1) throw new IllegalArgumentException("--index-rounds must be at least 1, got " + indexRounds);
        if (startupRuns < 1) throw new IllegalArgumentException("need at least one startup run");
    }

    /** The defaults: whole corpus, 2 threads, 221 queries (17 per category), clients 1 and 4, full warm-up. */
    public static BenchOptions defaults() {
        return new BenchOptions(DEFAULT_CORPUS, 1, Integer.MAX_VALUE, 2, 221, List.of(1, 4), false, Path.of("target/bench"),
                MemoryProbe.DEFAULT_LADDER, LatencyRecorder.standard(), 3, 42);
    }

    /** Queries per category so that the mix has at least {@link #queries} of them. */
    int perCategory() {
        int categories = QueryCategory.values().length;
        return Math.max(1, (queries + categories - 1) / categories);
    }
}
