package kiosque.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Extractor;
import kiosque.ingest.Article;

/**
 * Runs the extractor over many articles and counts, per entity type, in how many articles each canonical
 * name appears: the facet lists a reader would see, without building an index. Also times the extraction
 * per core (thread CPU time), the figure the indexing budget is compared with.
 */
public final class FacetSurvey {
    /** A facet value and the number of articles that carry it. */
    public record Count(String name, int articles) {}

    /** Top names per type, with the extraction cost. */
    public record Result(Map<EntityType, List<Count>> top, int articles, long chars, double cpuSeconds) {
        /** Characters are counted as UTF-16 units, close to bytes of UTF-8 for French text. */
        public double megabytesPerCoreSecond() { return cpuSeconds == 0 ? 0 : chars / 1e6 / cpuSeconds; }
    }

    private FacetSurvey() {}

    public static Result run(List<Article> articles, Extractor extractor, int threads, int top) throws Exception {
        AtomicLong cpuNanos = new AtomicLong();
        List<Map<EntityType, Map<String, Integer>>> partials = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Map<EntityType, Map<String, Integer>>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int shard = t;
                futures.add(pool.submit(() -> {
                    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
                    long start = bean.getCurrentThreadCpuTime();
                    Map<EntityType, Map<String, Integer>> counts = new EnumMap<>(EntityType.class);
                    for (int i = shard; i < articles.size(); i += threads) {
                        Extraction x = extractor.extract(articles.get(i));
                        for (Entity e : x.entities()) counts.computeIfAbsent(e.type(), k -> new HashMap<>()).merge(e.name(), 1, Integer::sum);
                    }
                    cpuNanos.addAndGet(bean.getCurrentThreadCpuTime() - start);
                    return counts;
                }));
            }
            for (var f : futures) partials.add(f.get());
        } finally {
            pool.shutdownNow();
        }
        Map<EntityType, Map<String, Integer>> all = new EnumMap<>(EntityType.class);
        for (var p : partials) p.forEach((t, m) -> m.forEach((n, c) -> all.computeIfAbsent(t, k -> new HashMap<>()).merge(n, c, Integer::sum)));
        Map<EntityType, List<Count>> best = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values())
            best.put(t, all.getOrDefault(t, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(top).map(e -> new Count(e.getKey(), e.getValue())).toList());
        long chars = 0;
        for (Article a : articles) chars += a.title().length() + a.lede().length() + a.body().length();
        return new Result(best, articles.size(), chars, cpuNanos.get() / 1e9);
    }
}
