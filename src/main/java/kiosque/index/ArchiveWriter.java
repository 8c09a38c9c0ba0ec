package kiosque.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
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
    /**
     * Ids in the archive: a re-indexed article is reported as replaced, and only then needs the delete-by-id of
     * {@code updateDocument}; a new id is simply added (buffered delete terms cost every flush a lookup per id).
     */
    private final Set<String> ids = ConcurrentHashMap.newKeySet();
    /** Serialises adds of the same id (decide add or replace, then write) without serialising different ids. */
    private final Object[] idLocks = new Object[64];
    /** False when the archive holds documents without id doc values (written before they existed): always replace. */
    private boolean idsComplete = true;

    private ArchiveWriter(FSDirectory directory, IndexWriter writer) {
        this.directory = directory;
        this.writer = writer;
        for (int i = 0; i < idLocks.length; i++) idLocks[i] = new Object();
    }

    public static ArchiveWriter open(Path dir) throws IOException {
        Files.createDirectories(dir);
        FSDirectory directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(FrenchAnalysis.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setCodec(new ArchiveCodec())
                // Flushed segments as separate files: building a compound file copies every byte once more.
                .setUseCompoundFile(false)
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
                if (values == null) {
                    if (leaf.reader().numDocs() > 0) idsComplete = false;
                    continue;
                }
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
        String id = article.id();
        synchronized (idLocks[(id.hashCode() & Integer.MAX_VALUE) % idLocks.length]) {
            boolean known = ids.contains(id);
            if (known || !idsComplete) writer.updateDocument(new Term(ArchiveField.ID, id), doc);
            else writer.addDocument(doc);
            ids.add(id);
            return known ? Outcome.REPLACED : Outcome.INDEXED;
        }
    }

    /** Makes everything added so far durable and visible, atomically, with a note of what was committed. */
    public void commit(Map<String, String> userData) throws IOException {
        flushBuffersInParallel();
        writer.setLiveCommitData(userData.entrySet());
        writer.commit();
    }

    /**
     * Lucene's commit writes every indexing thread's buffer to disk from the committing thread, one after the
     * other: after a bulk load that was a serial tail of a sixth of the run while the other core idled. Flushing
     * the largest buffers first from as many threads as there are cores takes it off. Each helper flushes one
     * buffer; the commit then flushes whatever is left (documents added meanwhile), so it stays atomic.
     */
    private void flushBuffersInParallel() throws IOException {
        int helpers = Math.min(4, Runtime.getRuntime().availableProcessors()) - 1;
        if (helpers < 1) return;
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < helpers; i++) {
            threads.add(Thread.ofPlatform().name("kiosque-flush-" + i).daemon().start(() -> {
                try {
                    writer.flushNextBuffer();
                } catch (IOException | RuntimeException e) {
                    failed.compareAndSet(null, e);
                }
            }));
        }
        writer.flushNextBuffer();
        try {
            for (Thread t : threads) t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while flushing the index", e);
        }
        if (failed.get() instanceof IOException io) throw io;
        if (failed.get() instanceof RuntimeException r) throw r;
    }

    public void commit() throws IOException {
        commit(Map.of("committed_at", Long.toString(System.currentTimeMillis())));
    }

    /**
     * Merges the archive into one segment and commits it. For an archive that is loaded and then mostly read: each
     * search then counts facets without mapping every segment's ordinals to the view's, and looks each term up once
     * instead of once per segment (the bench mix in-process took 10-20 % less CPU per query on a merged OrangeSum
     * archive than on the five segments indexing left). Rewrites every byte once: seconds per 100 MB of archive.
     */
    public void mergeToOneSegment() throws IOException {
        writer.forceMerge(1);
        commit();
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
