package kiosque.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * One segment's facet ordinals, document by document, read once from its doc values into two int arrays. Counting
 * the facets of a search walks these arrays instead of decoding packed doc values through the directory for every
 * matching document: that decoding (and the memory-segment checks of each read) was a third of the server's CPU
 * over the bench mix. Segments are immutable, so a table lives as long as its segment, across every view that
 * shares it; tables stay within a share of the heap, and a segment over it is counted from its doc values.
 */
final class DocumentOrdinals {
    /** At most this share of the maximum heap is spent on tables, all segments together. */
    private static final int HEAP_SHARE_DIVISOR = 8;
    private static final long BUDGET_BYTES = Runtime.getRuntime().maxMemory() / HEAP_SHARE_DIVISOR;
    private static final AtomicLong USED_BYTES = new AtomicLong();
    /** Per segment core (deletions do not change a segment's ordinals), its table or empty when over budget. */
    private static final Map<Object, Optional<DocumentOrdinals>> BY_SEGMENT = new ConcurrentHashMap<>();

    /** The segment's dimensions in ordinal order (ordinals sort by « dim␟value », so each dimension's are contiguous). */
    private final List<String> dims;
    /**
     * Document d's ordinals of dimension i are {@code ords[starts[d * dims + i]] … ords[starts[d * dims + i + 1] - 1]},
     * ascending: a search asking for some lists counts only the ordinals of those dimensions.
     */
    private final int[] starts;
    private final int[] ords;

    private DocumentOrdinals(List<String> dims, int[] starts, int[] ords) {
        this.dims = dims;
        this.starts = starts;
        this.ords = ords;
    }

    /** The segment's table of the facet field, read on first use; empty when the heap share is spent. */
    static Optional<DocumentOrdinals> of(LeafReader segment, String field) {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) return Optional.empty(); // no lifetime to tie a table to: counted from its doc values
        return BY_SEGMENT.computeIfAbsent(core.getKey(), key -> {
            Optional<DocumentOrdinals> table = read(segment, field);
            table.ifPresent(t -> core.addClosedListener(closed -> {
                if (BY_SEGMENT.remove(closed) != null) USED_BYTES.addAndGet(-t.bytes());
            }));
            return table;
        });
    }

    private static Optional<DocumentOrdinals> read(LeafReader segment, String field) {
        try {
            SortedSetDocValues values = DocValues.getSortedSet(segment, field);
            List<String> dims = new ArrayList<>();
            int[] firstOrdOfDim = dimensions(values, dims);
            int maxDoc = segment.maxDoc(), perDoc = Math.max(1, dims.size());
            // A first pass counts the ordinals, so that the table is sized (and weighed against the budget) exactly.
            long total = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) total += values.docValueCount();
            long slots = (long) maxDoc * perDoc + 1;
            long bytes = 4 * (slots + total);
            if (total > Integer.MAX_VALUE - 16 || slots > Integer.MAX_VALUE - 16 || USED_BYTES.addAndGet(bytes) > BUDGET_BYTES) {
                USED_BYTES.addAndGet(-bytes);
                return Optional.empty();
            }
            int[] starts = new int[(int) slots];
            int[] ords = new int[(int) total];
            values = DocValues.getSortedSet(segment, field);
            int next = 0, filled = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                int dim = 0, base = doc * perDoc;
                while (filled <= base) starts[filled++] = next;
                for (int i = values.docValueCount(); i > 0; i--) {
                    int ord = (int) values.nextOrd();
                    // The slots of the dimensions before this ordinal's (and of its own) start here.
                    while (dim + 1 < perDoc && ord >= firstOrdOfDim[dim + 1]) starts[base + ++dim] = next;
                    ords[next++] = ord;
                }
                filled = base + dim + 1;
            }
            while (filled < slots) starts[filled++] = next;
            return Optional.of(new DocumentOrdinals(List.copyOf(dims), starts, ords));
        } catch (IOException e) {
            // Unreadable doc values: counting from the doc values will report it with the search that needs them.
            return Optional.empty();
        }
    }

    /** Fills {@code dims} with the segment's dimensions in ordinal order; returns each one's first ordinal. */
    private static int[] dimensions(SortedSetDocValues values, List<String> dims) throws IOException {
        List<Integer> firsts = new ArrayList<>();
        TermsEnum terms = values.termsEnum();
        for (BytesRef term = terms.next(); term != null; ) {
            String dim = FacetsConfig.stringToPath(term.utf8ToString())[0];
            dims.add(dim);
            firsts.add((int) terms.ord());
            // The next dimension starts at the first term after every « dim␟… »: seek past them.
            BytesRef after = new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1));
            if (terms.seekCeil(after) == TermsEnum.SeekStatus.END) break;
            term = terms.term();
        }
        return firsts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Adds the ordinals of the {@code wanted} dimensions of each document of {@code docs}, each mapped to the view's
     * global ordinals when {@code toGlobal} is given; {@code hitCount} is how many documents {@code docs} holds.
     */
    void countInto(OrdinalCounts counts, DocIdSetIterator docs, int hitCount, int[] toGlobal, Predicate<String> wanted) throws IOException {
        int perDoc = Math.max(1, dims.size());
        // Runs of consecutive wanted dimensions, as [first, end) slot offsets within a document.
        int[] runs = new int[2 * perDoc];
        int n = 0;
        for (int d = 0; d < dims.size(); d++) {
            if (!wanted.test(dims.get(d))) continue;
            if (n > 0 && runs[n - 1] == d) runs[n - 1] = d + 1;
            else {
                runs[n++] = d;
                runs[n++] = d + 1;
            }
        }
        int[] starts = this.starts, ords = this.ords;
        // More counts to add than the list of touched ordinals has room for: it would be dropped on the way anyway.
        int maxDoc = (starts.length - 1) / perDoc;
        boolean listed = (long) hitCount * ords.length <= (long) counts.listRoom() * Math.max(1, maxDoc);
        if (!listed) counts.stopListing();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int base = doc * perDoc;
            for (int r = 0; r < n; r += 2) {
                int end = starts[base + runs[r + 1]];
                int i = starts[base + runs[r]];
                if (!listed) {
                    if (toGlobal == null) for (; i < end; i++) counts.addUnlisted(ords[i]);
                    else for (; i < end; i++) counts.addUnlisted(toGlobal[ords[i]]);
                } else if (toGlobal == null) {
                    for (; i < end; i++) counts.add(ords[i]);
                } else {
                    for (; i < end; i++) counts.add(toGlobal[ords[i]]);
                }
            }
        }
    }

    long bytes() {
        return 4L * starts.length + 4L * ords.length;
    }
}
