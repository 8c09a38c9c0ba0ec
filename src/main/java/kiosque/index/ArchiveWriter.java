package kiosque.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import kiosque.extract.Extraction;
import kiosque.ingest.Article;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Writes articles and their extraction into the Lucene archive on disk. Thread-safe: several threads may
 * call {@link #add} at once. Nothing is visible to readers, nor durable, before {@link #commit}; a crash
 * leaves the index as of the last commit (Lucene commits are atomic).
 */
public final class ArchiveWriter implements Closeable {

    /** What adding an article did. */
    public enum Outcome { INDEXED, REPLACED }

    private final FSDirectory directory;
    private final IndexWriter writer;
    private final FacetsConfig facets = ArticleDocuments.facetsConfig();
    /** Ids in the archive, so a re-indexed article is reported as replaced rather than added twice. */
    private final Set<String> ids = ConcurrentHashMap.newKeySet();

    private ArchiveWriter(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
    }

    public static ArchiveWriter open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCommitOnClose(false);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        ArchiveWriter w = new ArchiveWriter(directory, writer);
        w.loadIds();
        return w;
    }

    private void loadIds() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedDocValues values = leaf.reader().getSortedDocValues(ArchiveField.ID);
                if (values == null) continue;
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live == null || live.get(doc)) ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
                }
            }
        }
    }

    /** Adds the article, replacing any earlier one with the same id. */
    public Outcome add(Article article, Extraction extraction) throws IOException {
        var doc = facets.build(ArticleDocuments.toDocument(article, extraction));
        writer.updateDocument(new Term(ArchiveField.ID, article.id()), doc);
        return ids.add(article.id()) ? Outcome.INDEXED : Outcome.REPLACED;
    }

    /** Makes everything added so far durable and visible, atomically, with a note of what was committed. */
    public void commit(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
    }

    public void commit() throws IOException {
        commit(Map.of("committed_at", Long.toString(System.currentTimeMillis())));
    }

    /** Number of articles in the archive, committed or not. */
    public long size() {
        return ids.size();
    }

    /** Closes without committing: what was not committed is dropped, as after a crash. */
    @Override public void close() throws IOException {
        try {
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
