package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.index.NameKey;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/**
 * Archive-wide merging of entity names, rebuilt with each view of the index: accent and case variants
 * (Erdoğan / Erdogan) are one entry under their most frequent spelling, and a surname-only person
 * (« Poutine ») joins the full name that ends with it (« Vladimir Poutine ») when there is exactly one, or when
 * one outnumbers all the others tenfold.
 */
public final class NameAliases {
    public static final List<String> DIMS = List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_SPEAKER);
    public static final NameAliases NONE = new NameAliases(Map.of(), Map.of(), Map.of());

    /** dim → indexed value → canonical value. */
    private final Map<String, Map<String, String>> canonical;
    /** dim → group key → every indexed value that maps to it. */
    private final Map<String, Map<String, List<String>>> variants;
    /** dim → folded key of any indexed value → its group key. */
    private final Map<String, Map<String, String>> groupOfKey;

    private NameAliases(Map<String, Map<String, String>> canonical, Map<String, Map<String, List<String>>> variants,
                        Map<String, Map<String, String>> groupOfKey) {
        this.canonical = canonical;
        this.variants = variants;
        this.groupOfKey = groupOfKey;
    }

    static NameAliases build(SortedSetDocValuesReaderState state) throws IOException {
        if (state == null) return NONE;
        SortedSetDocValuesFacetCounts all = new SortedSetDocValuesFacetCounts(state);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String dim : DIMS) {
            if (state.getOrdRange(dim) == null) continue;
            FacetResult values = all.getAllChildren(dim);
            if (values == null) continue;
            Map<String, Long> m = new LinkedHashMap<>();
            for (LabelAndValue lv : values.labelValues) m.put(lv.label, lv.value.longValue());
            counts.put(dim, m);
        }
        return fromCounts(counts);
    }

    /**
     * Builds the merging from every indexed value of each dimension with its article count (dim → value → count),
     * however the backend counted them.
     */
    public static NameAliases fromCounts(Map<String, Map<String, Long>> countsByDim) {
        Map<String, Map<String, String>> canonical = new HashMap<>();
        Map<String, Map<String, List<String>>> variants = new HashMap<>();
        Map<String, Map<String, String>> groupOfKey = new HashMap<>();
        Map<String, String> actorSurnames = Map.of();
        for (String dim : DIMS) { // actors first: speakers reuse their surname merges
            Map<String, Long> values = countsByDim.get(dim);
            if (values == null || values.isEmpty()) continue;
            // Group spelling variants under one key; the most frequent spelling names the group.
            Map<String, List<Map.Entry<String, Long>>> byKey = new LinkedHashMap<>();
            for (var lv : values.entrySet()) byKey.computeIfAbsent(NameKey.of(lv.getKey()), k -> new ArrayList<>()).add(lv);
            Map<String, String> keyTarget = new HashMap<>();
            if (dim.equals(FACET_ACTOR)) {
                mergeSurnames(byKey, keyTarget);
                actorSurnames = keyTarget;
            } else if (dim.equals(FACET_SPEAKER)) {
                // Speakers include organisations (« selon l'AFP »): only a surname merged among people is merged here,
                // or « AFP » would join the one programme name ending with it.
                for (var e : actorSurnames.entrySet()) {
                    if (byKey.containsKey(e.getKey()) && byKey.containsKey(e.getValue())) keyTarget.put(e.getKey(), e.getValue());
                }
            }
            Map<String, String> toCanonical = new HashMap<>();
            Map<String, List<String>> groups = new HashMap<>();
            Map<String, String> groupKeys = new HashMap<>();
            Map<String, String> keyDisplay = new HashMap<>();
            for (var e : byKey.entrySet()) {
                var best = e.getValue().stream().max((a, b) -> Long.compare(a.getValue(), b.getValue())).orElseThrow();
                keyDisplay.put(e.getKey(), best.getKey());
            }
            for (var e : byKey.entrySet()) {
                String targetKey = keyTarget.getOrDefault(e.getKey(), e.getKey());
                String display = keyDisplay.get(targetKey);
                groupKeys.put(e.getKey(), targetKey);
                for (var lv : e.getValue()) {
                    toCanonical.put(lv.getKey(), display);
                    groups.computeIfAbsent(targetKey, k -> new ArrayList<>()).add(lv.getKey());
                }
            }
            canonical.put(dim, toCanonical);
            variants.put(dim, groups);
            groupOfKey.put(dim, groupKeys);
        }
        return new NameAliases(canonical, variants, groupOfKey);
    }

    /**
     * How many times more articles the leading full name must have than all other full names with the same
     * surname together before the surname alone joins it: « Macron » is Emmanuel Macron in an archive where
     * Brigitte Macron is thirty times rarer, while « Le Pen » between Marine and Jean-Marie stays apart.
     */
    static final int SURNAME_DOMINANCE = 10;

    /** A one-word key joins the longer key that ends with it when that one is the only one or dominates the others. */
    private static void mergeSurnames(Map<String, List<Map.Entry<String, Long>>> byKey, Map<String, String> keyTarget) {
        Map<String, List<String>> fullByLast = new HashMap<>();
        List<String> single = new ArrayList<>();
        for (String k : byKey.keySet()) {
            int sp = k.lastIndexOf(' ');
            if (sp < 0) single.add(k);
            else fullByLast.computeIfAbsent(k.substring(sp + 1), x -> new ArrayList<>()).add(k);
        }
        for (String s : single) {
            List<String> full = fullByLast.get(s);
            if (full == null) continue;
            if (full.size() == 1) {
                keyTarget.put(s, full.get(0));
                continue;
            }
            String leader = null;
            long leaderCount = -1, others = 0;
            for (String k : full) {
                long c = articles(byKey.get(k));
                if (c > leaderCount) {
                    if (leader != null) others += leaderCount;
                    leader = k;
                    leaderCount = c;
                } else {
                    others += c;
                }
            }
            if (leaderCount >= SURNAME_DOMINANCE * others) keyTarget.put(s, leader);
        }
    }

    private static long articles(List<Map.Entry<String, Long>> spellings) {
        long n = 0;
        for (var e : spellings) n += e.getValue();
        return n;
    }

    /** The name under which an indexed value is shown. */
    public String display(String dim, String value) {
        Map<String, String> m = canonical.get(dim);
        String c = m == null ? null : m.get(value);
        return c == null ? value : c;
    }

    /** Every indexed value a filter on {@code name} must match (the name itself when it is unknown). */
    public List<String> expand(String dim, String name) {
        Map<String, String> keys = groupOfKey.get(dim);
        String group = keys == null ? null : keys.get(NameKey.of(name));
        if (group == null) return List.of(name);
        return variants.get(dim).get(group);
    }
}
