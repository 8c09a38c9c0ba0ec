package kiosque.search;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

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

    /** Document d's ordinals are {@code ords[starts[d]] … ords[starts[d + 1] - 1]}, ascending. */
    private final int[] starts;
    private final int[] ords;

    private DocumentOrdinals(int[] starts, int[] ords) {
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
            int maxDoc = segment.maxDoc();
            long bytes = 4L * (maxDoc + 1);
            // A first pass counts the ordinals, so that the table is sized (and weighed against the budget) exactly.
            long total = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) total += values.docValueCount();
            bytes += 4 * total;
            if (total > Integer.MAX_VALUE - 16 || USED_BYTES.addAndGet(bytes) > BUDGET_BYTES) {
                USED_BYTES.addAndGet(-bytes);
                return Optional.empty();
            }
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[(int) total];
            values = DocValues.getSortedSet(segment, field);
            int next = 0, filled = 0;
            for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                while (filled <= doc) starts[filled++] = next;
                for (int i = values.docValueCount(); i > 0; i--) ords[next++] = (int) values.nextOrd();
            }
            while (filled <= maxDoc) starts[filled++] = next;
            return Optional.of(new DocumentOrdinals(starts, ords));
        } catch (IOException e) {
            // Unreadable doc values: counting from the doc values will report it with the search that needs them.
            return Optional.empty();
        }
    }

    /** Adds the ordinals of each document of {@code docs}, each mapped to the view's global ordinals when {@code toGlobal} is given. */
    void countInto(OrdinalCounts counts, DocIdSetIterator docs, int[] toGlobal) throws IOException {
        int[] starts = this.starts, ords = this.ords;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            int end = starts[doc + 1];
            if (toGlobal == null) {
                for (int i = starts[doc]; i < end; i++) counts.add(ords[i]);
            } else {
                for (int i = starts[doc]; i < end; i++) counts.add(toGlobal[ords[i]]);
            }
        }
    }

    long bytes() {
        return 4L * starts.length + 4L * ords.length;
    }
}
