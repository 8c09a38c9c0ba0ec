package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * The facet lists of one answer, from the documents a search collected: entity dimensions by decreasing count with
 * spelling variants merged, dates in chronological order. A dimension the user filters on is counted on its
 * sideways documents (the matches without that filter), so its other values stay offered.
 */
final class FacetLists {
    private static final List<String> BY_COUNT = List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_SPEAKER);
    private static final List<String> CHRONOLOGICAL = List.of(FACET_YEAR, FACET_MONTH, FACET_MENTIONED);
    private static final List<String> ALL = java.util.stream.Stream.concat(BY_COUNT.stream(), CHRONOLOGICAL.stream()).toList();

    private FacetLists() {}

    /**
     * @param drillDown documents matching the whole query
     * @param sideways  per filtered dimension, the documents matching all but that dimension's filter
     * @param wanted    the lists to make; the others are not looked at
     */
    static Map<String, List<FacetValue>> of(FacetOrdinals ordinals, FacetsCollector drillDown, Map<String, FacetsCollector> sideways,
                                            FacetRequest wanted) throws IOException {
        // Each collector is counted once, for the dimensions listed from it: the whole query's documents for most,
        // a filtered dimension's sideways documents for that dimension alone.
        Map<FacetsCollector, Set<String>> dimsOf = new IdentityHashMap<>();
        for (String dim : ALL) {
            if (wanted.wants(dim)) dimsOf.computeIfAbsent(sideways.getOrDefault(dim, drillDown), c -> new HashSet<>()).add(dim);
        }
        Map<FacetsCollector, OrdinalCounts> counted = new IdentityHashMap<>();
        try {
            for (Map.Entry<FacetsCollector, Set<String>> e : dimsOf.entrySet()) counted.put(e.getKey(), ordinals.count(e.getKey(), e.getValue()::contains));
            SortedSetDocValues lookup = ordinals.lookup();
            Map<String, List<FacetValue>> out = new LinkedHashMap<>();
            for (String dim : BY_COUNT) {
                if (!wanted.wants(dim)) continue;
                OrdinalCounts counts = counted.get(sideways.getOrDefault(dim, drillDown));
                out.put(dim, byCount(dim, ordinals.top(dim, counts, wanted.candidates()), counts, ordinals, lookup, wanted.size()));
            }
            for (String dim : CHRONOLOGICAL) {
                if (!wanted.wants(dim)) continue;
                OrdinalCounts counts = counted.get(sideways.getOrDefault(dim, drillDown));
                List<FacetValue> values = new ArrayList<>();
                for (int ord : ordinals.all(dim, counts)) values.add(new FacetValue(ordinals.label(ord, lookup), counts.get(ord)));
                values.sort(Comparator.comparing(FacetValue::value));
                out.put(dim, values);
            }
            return out;
        } finally {
            counted.values().forEach(ordinals::release);
        }
    }

    /**
     * Top values by count, spelling variants and surname-only mentions merged into one entry: the sum of the counts of
     * its spellings among the top candidates (the OpenSearch backend counts the same way, so both answer alike).
     */
    private static List<FacetValue> byCount(String dim, int[] candidates, OrdinalCounts counts, FacetOrdinals ordinals,
                                            SortedSetDocValues lookup, int size) throws IOException {
        if (candidates.length == 0) return List.of();
        Map<String, Long> merged = new HashMap<>();
        for (int ord : candidates) merged.merge(ordinals.shown(dim, ord, lookup), (long) counts.get(ord), Long::sum);
        return merged.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .map(e -> new FacetValue(e.getKey(), e.getValue()))
                .toList();
    }
}
