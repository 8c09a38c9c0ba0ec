package kiosque.search;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import kiosque.index.ArticleDocuments;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher over one point-in-time view of the archive, with the facet state, the facet labels and the actor aliases built for
 * that view once (building them costs a pass over the ordinals, far too much to do per request).
 */
final class ArchiveSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState facetState;
    final NameAliases aliases;
    /** Counting and labels over {@link #facetState}, or null when the archive has no facets yet. */
    final FacetOrdinals facetOrdinals;
    /** The fields of every segment merged: the highlighter looks up its field's options here on every request. */
    final FieldInfos fieldInfos;
    /**
     * Stored-field readers between answers: each holds its decompression buffers, which a fresh reader per answer
     * grew again (a sixth of the server's allocation). A reader serves one thread at a time.
     */
    private final BlockingQueue<StoredFields> storedFieldsPool = new ArrayBlockingQueue<>(8);

    private ArchiveSearcher(IndexReader reader, SortedSetDocValuesReaderState facetState) throws IOException {
        super(reader);
        this.facetState = facetState;
        if (facetState == null) {
            this.aliases = NameAliases.NONE;
            this.facetOrdinals = null;
        } else {
            // The merging saved with this commit when indexing ended, else counted with the view's own facet tables.
            FacetOrdinals asIndexed = new FacetOrdinals(facetState);
            java.util.Optional<NameAliases> saved = StoredNameAliases.load(reader, asIndexed);
            this.aliases = saved.isPresent() ? saved.get() : NameAliases.build(asIndexed);
            this.facetOrdinals = asIndexed.withAliases(aliases);
        }
        this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    }

    /** A stored-field reader for this thread until {@link #giveBack}. */
    StoredFields borrowStoredFields() throws IOException {
        StoredFields s = storedFieldsPool.poll();
        return s != null ? s : storedFields();
    }

    void giveBack(StoredFields s) {
        storedFieldsPool.offer(s);
    }

    static final SearcherFactory FACTORY = new SearcherFactory() {
        @Override public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
            SortedSetDocValuesReaderState state = null;
            if (hasFacets(reader)) state = new FlatFacetState(reader, ArticleDocuments.facetsConfig());
            return new ArchiveSearcher(reader, state);
        }
    };

    static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo("$facets") != null)
                && reader.numDocs() > 0;
    }
}
