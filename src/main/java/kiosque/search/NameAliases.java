package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kiosque.index.NameKey;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.SortedSetDocValues;

/**
 * Archive-wide merging of entity names, rebuilt with each view of the index: accent and case variants
 * (Erdoğan / Erdogan) are one entry under their most frequent spelling, and a surname-only person
 * (« Poutine ») joins the full name that ends with it (« Vladimir Poutine ») when there is exactly one, or when
 * one outnumbers all the others tenfold.
 */
public final class NameAliases {
    public static final List<String> DIMS = List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_SPEAKER);
    public static final NameAliases NONE = new NameAliases(Map.of(), Map.of());

    /** dim → indexed value → the spelling it is shown under, for the values shown under another spelling only. */
    private final Map<String, Map<String, String>> canonical;
    /**
     * dim → name key of each indexed value → every indexed value a filter on that key matches: the key's spellings,
     * with those of the keys a surname merge joined to it, in label order.
     */
    private final Supplier<Map<String, Map<String, List<String>>>> expansions;

    NameAliases(Map<String, Map<String, String>> canonical, Map<String, Map<String, List<String>>> expansions) {
        this(canonical, () -> expansions);
    }

    /**
     * A merging whose expansions are read on the first {@link #expand}: only a filter needs them, and they are most
     * of a saved merging (a key per indexed value), so a server reading one answers its first searches sooner.
     */
    NameAliases(Map<String, Map<String, String>> canonical, Supplier<Map<String, Map<String, List<String>>>> expansions) {
        this.canonical = canonical;
        this.expansions = new OnFirstUse<>(expansions);
    }

    /** A value computed once, by the first caller; the others wait for it. */
    private static final class OnFirstUse<T> implements Supplier<T> {
        private Supplier<T> source;
        private volatile T value;

        OnFirstUse(Supplier<T> source) {
            this.source = source;
        }

        @Override public T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) {
                    value = source.get();
                    source = null;
                }
                return value;
            }
        }
    }

    /**
     * The merging of a view of the archive, from the article count of every value of the entity dimensions, counted
     * over the view's live documents with its own facet tables.
     */
    static NameAliases build(FacetOrdinals ordinals) throws IOException {
        SortedSetDocValuesReaderState state = ordinals.state();
        OrdinalCounts counts = ordinals.countLiveDocuments(DIMS::contains);
        ordinals.resolveLabels(DIMS);
        SortedSetDocValues lookup = ordinals.lookup();
        Map<String, Map<String, Long>> byDim = new HashMap<>();
        for (String dim : DIMS) {
            SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
            if (range == null) continue;
            Map<String, Long> values = new LinkedHashMap<>();
            for (int ord = range.start(); ord <= range.end(); ord++) {
                int n = counts.get(ord);
                if (n > 0) values.put(ordinals.label(ord, lookup), (long) n);
            }
            byDim.put(dim, values);
        }
        return fromCounts(byDim);
    }

    /**
     * Builds the merging from every indexed value of each dimension with its article count (dim → value → count),
     * however the backend counted them.
     */
    public static NameAliases fromCounts(Map<String, Map<String, Long>> countsByDim) {
        Map<String, Map<String, String>> canonical = new HashMap<>();
        Map<String, Map<String, List<String>>> expansions = new HashMap<>();
        Map<String, String> actorSurnames = Map.of();
        for (String dim : DIMS) { // actors first: speakers reuse their surname merges
            Map<String, Long> values = countsByDim.get(dim);
            if (values == null || values.isEmpty()) continue;
            // Group spelling variants under one key; the most frequent spelling (the first of equals) names the group.
            Map<String, Spellings> byKey = new LinkedHashMap<>();
            for (var lv : values.entrySet()) {
                String key = NameKey.of(lv.getKey());
                Spellings group = byKey.get(key);
                if (group == null) byKey.put(key, group = new Spellings());
                group.add(lv.getKey(), lv.getValue());
            }
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
            // Only values shown under another spelling are listed: the others are shown as indexed (see display).
            // Each label passes through one map here: this runs over every label while the server starts.
            Map<String, String> toCanonical = new HashMap<>();
            for (Spellings group : byKey.values()) {
                if (group.spellings.size() > 1) for (String v : group.spellings) if (!v.equals(group.best)) toCanonical.put(v, group.best);
            }
            if (!keyTarget.isEmpty()) joinMergedKeys(byKey, keyTarget, toCanonical);
            canonical.put(dim, toCanonical);
            Map<String, List<String>> expansionByKey = HashMap.newHashMap(byKey.size());
            for (var e : byKey.entrySet()) expansionByKey.put(e.getKey(), e.getValue().group != null ? e.getValue().group : e.getValue().spellings);
            expansions.put(dim, expansionByKey);
        }
        return new NameAliases(canonical, expansions);
    }

    /**
     * A surname key merged into a full name's key is shown under that name's spelling, and either key expands to the
     * spellings of both, in label order.
     */
    private static void joinMergedKeys(Map<String, Spellings> byKey, Map<String, String> keyTarget, Map<String, String> toCanonical) {
        Set<String> receiving = new HashSet<>(keyTarget.values());
        for (var e : byKey.entrySet()) {
            String targetKey = keyTarget.get(e.getKey());
            if (targetKey == null && !receiving.contains(e.getKey())) continue;
            Spellings target = byKey.get(targetKey == null ? e.getKey() : targetKey);
            if (target.group == null) target.group = new ArrayList<>();
            target.group.addAll(e.getValue().spellings);
            if (targetKey == null) continue;
            e.getValue().group = target.group;
            for (String v : e.getValue().spellings) toCanonical.put(v, target.best);
        }
    }

    /**
     * How many times more articles the leading full name must have than all other full names with the same
     * surname together before the surname alone joins it: « Macron » is Emmanuel Macron in an archive where
     * Brigitte Macron is thirty times rarer, while « Le Pen » between Marine and Jean-Marie stays apart.
     */
    static final int SURNAME_DOMINANCE = 10;

    /**
     * The version of the merging rules, saved with each merging ({@link StoredNameAliases}): a merging saved by other
     * rules is built anew when a server opens the archive. Bump it with any change to how {@link #fromCounts} merges.
     */
    static final int RULES_VERSION = 1;

    /** The indexed spellings of one name key: in label order, with the commonest and the articles of all of them. */
    private static final class Spellings {
        final List<String> spellings = new ArrayList<>(1);
        /** With the spellings of the keys a surname merge joined to this one, in label order; null when none. */
        List<String> group;
        String best;
        long bestCount = -1;
        long articles;

        void add(String spelling, long count) {
            spellings.add(spelling);
            articles += count;
            if (count > bestCount) {
                best = spelling;
                bestCount = count;
            }
        }
    }

    /** A one-word key joins the longer key that ends with it when that one is the only one or dominates the others. */
    private static void mergeSurnames(Map<String, Spellings> byKey, Map<String, String> keyTarget) {
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
                long c = byKey.get(k).articles;
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

    /** The name under which an indexed value is shown. */
    public String display(String dim, String value) {
        Map<String, String> m = canonical.get(dim);
        String c = m == null ? null : m.get(value);
        return c == null ? value : c;
    }

    /** Every indexed value a filter on {@code name} must match (the name itself when it is unknown). */
    public List<String> expand(String dim, String name) {
        Map<String, List<String>> keys = expansions.get().get(dim);
        List<String> values = keys == null ? null : keys.get(NameKey.of(name));
        return values == null ? List.of(name) : values;
    }

    /** dim → value → the spelling it is shown under, for the values shown under another spelling (not to be modified). */
    Map<String, Map<String, String>> canonical() {
        return canonical;
    }

    /** dim → name key → the values a filter on it matches (not to be modified). */
    Map<String, Map<String, List<String>>> expansions() {
        return expansions.get();
    }

    /** Same shown spellings and expansions (decoding saved expansions first: for tests, not for searches). */
    @Override public boolean equals(Object o) {
        return o instanceof NameAliases a && canonical.equals(a.canonical) && expansions().equals(a.expansions());
    }

    @Override public int hashCode() {
        return canonical.hashCode() * 31 + expansions().hashCode();
    }
}
