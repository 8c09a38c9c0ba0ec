package kiosque.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.StringHelper;

/**
 * The facet ordinals of one view of the archive: counts every dimension in one pass over the matching documents,
 * and resolves an ordinal to its label once per view (a label lookup seeks the terms dictionary through the ordinal
 * map; the same few hundred labels come back in every answer). Thread-safe.
 */
final class FacetOrdinals {
    private final SortedSetDocValuesReaderState state;
    /** Global ordinal → value (the part after the dimension), filled as answers need them. */
    private final String[] labels;
    /** Global ordinal → the name shown for it (spelling variants merged), filled as answers need them. */
    private final String[] shown;
    private final NameAliases aliases;
    /**
     * Per segment, segment ordinal → global ordinal, or null where they are the same: an array read where the
     * ordinal map would decode packed values for every ordinal of every matching document.
     */
    private final int[][] toGlobal;
    /** Per segment, its table of ordinals per document, or null where it did not fit the tables' share of the heap. */
    private final DocumentOrdinals[] tables;
    /**
     * Cleared count arrays for the next answers (bounded: extra ones are left to the collector), last given back first:
     * the array just cleared is the one whose touched lines are still in the processor's cache. A first-in-first-out
     * queue handed out the array idle longest, and after a burst of concurrent answers rotated even one client's
     * answers through every pooled array (316 KB each on OrangeSum).
     */
    private final BlockingDeque<OrdinalCounts> pool = new LinkedBlockingDeque<>(8);

    /** The view's tables and ordinal maps, names shown as indexed; {@link #withAliases} adds the archive's merging. */
    FacetOrdinals(SortedSetDocValuesReaderState state) throws IOException {
        this.state = state;
        this.aliases = NameAliases.NONE;
        this.labels = new String[state.getSize()];
        this.shown = new String[state.getSize()];
        OrdinalMap ordinalMap = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        List<LeafReaderContext> leaves = state.getReader().leaves();
        // Each segment's table is read here, off the first search's time (a segment already read in an earlier view is shared).
        this.tables = new DocumentOrdinals[leaves.size()];
        for (LeafReaderContext leaf : leaves) tables[leaf.ord] = DocumentOrdinals.of(leaf.reader(), state.getField()).orElse(null);
        this.toGlobal = new int[leaves.size()][];
        if (ordinalMap == null) return;
        for (LeafReaderContext leaf : leaves) {
            LongValues map = ordinalMap.getGlobalOrds(leaf.ord);
            if (map == LongValues.IDENTITY) continue;
            SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
            int[] table = new int[(int) values.getValueCount()];
            for (int ord = 0; ord < table.length; ord++) table[ord] = (int) map.get(ord);
            toGlobal[leaf.ord] = table;
        }
    }

    /** The same tables, maps and resolved labels, showing each name as {@code aliases} merge it. */
    private FacetOrdinals(FacetOrdinals counted, NameAliases aliases) {
        this.state = counted.state;
        this.aliases = aliases;
        this.labels = counted.labels;
        this.shown = new String[counted.shown.length];
        this.toGlobal = counted.toGlobal;
        this.tables = counted.tables;
    }

    FacetOrdinals withAliases(NameAliases merged) {
        return new FacetOrdinals(this, merged);
    }

    SortedSetDocValuesReaderState state() {
        return state;
    }

    /**
     * Per global ordinal, how many live documents of the view carry it: the archive-wide counts the name merging is
     * built from, read from the tables the searches count with instead of decoding every document's doc values
     * once more while the server starts.
     */
    OrdinalCounts countLiveDocuments(Predicate<String> wanted) throws IOException {
        OrdinalCounts counts = new OrdinalCounts(state.getSize());
        for (LeafReaderContext leaf : state.getReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator all = DocIdSetIterator.all(leaf.reader().maxDoc());
            DocIdSetIterator docs = live == null ? all : new FilteredDocIdSetIterator(all) {
                @Override protected boolean match(int doc) {
                    return live.get(doc);
                }
            };
            countSegment(counts, leaf, docs, leaf.reader().numDocs(), wanted);
        }
        return counts;
    }

    /**
     * Per global ordinal, how many of the collected documents carry it; {@link #release} it when done. Only the
     * {@code wanted} dimensions are sure to be counted (a segment counted from its doc values counts them all).
     */
    OrdinalCounts count(FacetsCollector collected, Predicate<String> wanted) throws IOException {
        OrdinalCounts counts = pool.pollFirst();
        if (counts == null) counts = new OrdinalCounts(state.getSize());
        List<FacetsCollector.MatchingDocs> segments = collected.getMatchingDocs();
        for (FacetsCollector.MatchingDocs hits : segments) {
            if (hits.totalHits() == 0 || hits.bits() == null) continue;
            DocIdSetIterator docs = hits.bits().iterator();
            if (docs != null) countSegment(counts, hits.context(), docs, hits.totalHits(), wanted);
        }
        return counts;
    }

    private void countSegment(OrdinalCounts counts, LeafReaderContext segment, DocIdSetIterator docs, int hitCount,
                              Predicate<String> wanted) throws IOException {
        int[] map = toGlobal[segment.ord];
        DocumentOrdinals table = tables[segment.ord];
        if (table != null) {
            table.countInto(counts, docs, hitCount, map, wanted);
            return;
        }
        SortedSetDocValues values = DocValues.getSortedSet(segment.reader(), state.getField());
        if (map == null) {
            countInto(counts, docs, values);
        } else if (hitCount < map.length / 10) {
            countMapped(counts, docs, values, map);
        } else {
            // Many hits: count in the segment's ordinals, then move the non-zero counts over once.
            OrdinalCounts local = new OrdinalCounts(map.length);
            countInto(local, docs, values);
            for (int ord : local.nonZero(0, map.length - 1)) counts.add(map[ord], local.get(ord));
        }
    }

    /** Gives counts back for another answer (at most a few are kept: one per thread counting at once is enough). */
    void release(OrdinalCounts counts) {
        counts.clear();
        pool.offerFirst(counts);
    }

    private static void countInto(OrdinalCounts counts, DocIdSetIterator docs, SortedSetDocValues values) throws IOException {
        SortedDocValues single = DocValues.unwrapSingleton(values);
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (single != null) {
                if (single.advanceExact(doc)) counts.add(single.ordValue());
            } else if (values.advanceExact(doc)) {
                for (int i = values.docValueCount(); i > 0; i--) counts.add((int) values.nextOrd());
            }
        }
    }

    private static void countMapped(OrdinalCounts counts, DocIdSetIterator docs, SortedSetDocValues values, int[] toGlobal) throws IOException {
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            if (!values.advanceExact(doc)) continue;
            for (int i = values.docValueCount(); i > 0; i--) counts.add(toGlobal[(int) values.nextOrd()]);
        }
    }

    /** The value of a global ordinal of a flat dimension (« Emmanuel Macron » for actor/Emmanuel Macron). */
    String label(int ord, SortedSetDocValues lookup) throws IOException {
        String l = labels[ord];
        if (l == null) {
            // Racing threads may both resolve it: they store the same immutable string.
            BytesRef term = lookup.lookupOrd(ord);
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            l = path[path.length - 1];
            labels[ord] = l;
        }
        return l;
    }

    /**
     * Resolves the label of every ordinal of these dimensions at once, each segment's terms read in order: the
     * enumeration decodes each block of the terms dictionary once, where a lookup per ordinal seeks it anew through
     * the ordinal map. The merging of names reads every label of the entity dimensions while the server starts.
     */
    void resolveLabels(Collection<String> dims) throws IOException {
        for (LeafReaderContext leaf : state.getReader().leaves()) {
            SortedSetDocValues values = leaf.reader().getSortedSetDocValues(state.getField());
            if (values == null) continue;
            int[] global = toGlobal[leaf.ord];
            TermsEnum terms = values.termsEnum();
            for (String dim : dims) {
                BytesRef prefix = new BytesRef(dim + FacetsConfig.DELIM_CHAR);
                if (terms.seekCeil(prefix) == TermsEnum.SeekStatus.END) continue;
                for (BytesRef term = terms.term(); term != null && StringHelper.startsWith(term, prefix); term = terms.next()) {
                    int ord = global == null ? (int) terms.ord() : global[(int) terms.ord()];
                    if (labels[ord] == null) labels[ord] = value(term, prefix.length);
                }
            }
        }
    }

    /** The value of a flat « dim␟value » term whose dimension prefix is {@code prefixLength} bytes long. */
    private static String value(BytesRef term, int prefixLength) {
        for (int i = term.offset + prefixLength; i < term.offset + term.length; i++) {
            // A control character (the facet module's escape or delimiter): its own parsing undoes the escape.
            if (term.bytes[i] >= 0 && term.bytes[i] < 0x20) {
                String[] path = FacetsConfig.stringToPath(term.utf8ToString());
                return path[path.length - 1];
            }
        }
        return new String(term.bytes, term.offset + prefixLength, term.length - prefixLength, StandardCharsets.UTF_8);
    }

    /** The name shown for a global ordinal of an entity dimension: its label, or the spelling its variants merge under. */
    String shown(String dim, int ord, SortedSetDocValues lookup) throws IOException {
        String s = shown[ord];
        if (s == null) shown[ord] = s = aliases.display(dim, label(ord, lookup));
        return s;
    }

    /** A fresh view of the ordinals for one answer's label lookups (doc-values iterators are not thread-safe). */
    SortedSetDocValues lookup() throws IOException {
        return state.getDocValues();
    }

    /**
     * The ordinals of a dimension with a non-zero count, the {@code n} highest counts first, equal counts in ordinal
     * (label) order: the candidates Lucene's top-children would pick.
     */
    int[] top(String dim, OrdinalCounts counts, int n) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null || n <= 0) return new int[0];
        // A min-heap of (count, reversed ordinal) packed in longs: the weakest candidate on top.
        TopCandidates heap = new TopCandidates(n);
        counts.forEachNonZero(range.start(), range.end(), heap);
        return heap.best();
    }

    /** The {@code n} strongest (count, ordinal) pairs seen, higher counts first and lower ordinals first among equals. */
    private static final class TopCandidates implements OrdinalCounts.Visitor {
        private final long[] heap;
        private int size;

        TopCandidates(int n) {
            this.heap = new long[n];
        }

        @Override public void visit(int ord, int count) {
            long key = ((long) count << 31) | (Integer.MAX_VALUE - ord);
            if (size < heap.length) {
                heap[size] = key;
                siftUp(heap, size++);
            } else if (key > heap[0]) {
                heap[0] = key;
                siftDown(heap, size);
            }
        }

        int[] best() {
            long[] best = Arrays.copyOf(heap, size);
            Arrays.sort(best);
            int[] out = new int[size];
            for (int i = 0; i < size; i++) out[i] = Integer.MAX_VALUE - (int) (best[size - 1 - i] & Integer.MAX_VALUE);
            return out;
        }
    }

    /** Every ordinal of a dimension with a non-zero count, in ordinal order. */
    int[] all(String dim, OrdinalCounts counts) {
        SortedSetDocValuesReaderState.OrdRange range = state.getOrdRange(dim);
        if (range == null) return new int[0];
        return counts.nonZero(range.start(), range.end());
    }

    private static void siftUp(long[] heap, int i) {
        long v = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (heap[parent] <= v) break;
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = v;
    }

    private static void siftDown(long[] heap, int size) {
        long v = heap[0];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= v) break;
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = v;
    }
}
