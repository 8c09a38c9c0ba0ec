package kiosque.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The facet state of one view of the archive, whose dimensions are all flat (« dim␟value »). Lucene's
 * {@code DefaultSortedSetDocValuesReaderState} finds where each dimension's ordinals end by reading and splitting
 * every label of the archive, through the ordinal map, while the server starts; here each dimension's end is found by
 * seeking past « dim␟ » in the terms, a few lookups per dimension. The ordinal map across segments is built once
 * and shared by every doc-values view handed out.
 */
final class FlatFacetState extends SortedSetDocValuesReaderState {
    private final IndexReader reader;
    private final FacetsConfig config;
    private final String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
    private final int size;
    /** Segment ordinals to global ones; null when the view has a single segment (or none with facets). */
    private final OrdinalMap ordinalMap;
    private final Map<String, OrdRange> ranges;

    FlatFacetState(IndexReader reader, FacetsConfig config) throws IOException {
        this.reader = reader;
        this.config = config;
        SortedSetDocValues values = MultiDocValues.getSortedSetValues(reader, field);
        if (values == null) throw new IllegalArgumentException("field \"" + field + "\" holds no facet values");
        if (values.getValueCount() > Integer.MAX_VALUE) throw new IllegalArgumentException("too many facet values: " + values.getValueCount());
        this.size = (int) values.getValueCount();
        this.ordinalMap = values instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        this.ranges = dimensionRanges(values, config);
    }

    /** Each dimension's first and last ordinal: all of a dimension's labels sort together, as « dim␟… ». */
    private static Map<String, OrdRange> dimensionRanges(SortedSetDocValues values, FacetsConfig config) throws IOException {
        Map<String, OrdRange> ranges = new HashMap<>();
        TermsEnum terms = values.termsEnum();
        BytesRef term = terms.next();
        while (term != null) {
            String[] path = FacetsConfig.stringToPath(term.utf8ToString());
            String dim = path[0];
            if (path.length != 2 || config.getDimConfig(dim).hierarchical)
                throw new IllegalArgumentException("facet dimension '" + dim + "' is not flat: " + String.join("/", path));
            int start = (int) terms.ord();
            // The first term after every « dim␟… » (the delimiter is the lowest byte a label continues with).
            BytesRef after = new BytesRef(dim + (char) (FacetsConfig.DELIM_CHAR + 1));
            TermsEnum.SeekStatus status = terms.seekCeil(after);
            int end = status == TermsEnum.SeekStatus.END ? (int) values.getValueCount() - 1 : (int) terms.ord() - 1;
            ranges.put(dim, new OrdRange(start, end));
            term = status == TermsEnum.SeekStatus.END ? null : terms.term();
        }
        return Map.copyOf(ranges);
    }

    /** A fresh iterator over the view's values in global ordinals (doc-values iterators serve one thread). */
    @Override public SortedSetDocValues getDocValues() throws IOException {
        if (ordinalMap == null) return MultiDocValues.getSortedSetValues(reader, field);
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues[] perSegment = new SortedSetDocValues[leaves.size()];
        int[] starts = new int[leaves.size() + 1];
        long cost = 0;
        for (LeafReaderContext leaf : leaves) {
            perSegment[leaf.ord] = DocValues.getSortedSet(leaf.reader(), field);
            starts[leaf.ord] = leaf.docBase;
            cost += perSegment[leaf.ord].cost();
        }
        starts[leaves.size()] = reader.maxDoc();
        return new MultiDocValues.MultiSortedSetDocValues(perSegment, starts, ordinalMap, cost);
    }

    @Override public String getField() {
        return field;
    }

    @Override public IndexReader getReader() {
        return reader;
    }

    @Override public int getSize() {
        return size;
    }

    @Override public FacetsConfig getFacetsConfig() {
        return config;
    }

    @Override public OrdRange getOrdRange(String dim) {
        return ranges.get(dim);
    }

    @Override public Map<String, OrdRange> getPrefixToOrdRange() {
        return ranges;
    }

    @Override public DimTree getDimTree(String dim) {
        throw new UnsupportedOperationException("the archive's facet dimensions are flat; '" + dim + "' has no tree");
    }

    @Override public Iterable<String> getDims() {
        return ranges.keySet();
    }

    @Override public long ramBytesUsed() {
        return ordinalMap == null ? 0 : ordinalMap.ramBytesUsed();
    }
}
