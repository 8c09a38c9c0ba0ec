package kiosque.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import kiosque.extract.Extraction;
import kiosque.ingest.Article;

/**
 * Writes articles and their extraction into the Lucene archive on disk. Thread-safe: several threads may
 * call {@link #add} at once. Nothing is visible to readers, nor durable, before {@link #commit}.
 */
public final class ArchiveWriter implements Closeable {

    /** What adding an article did. */
    public enum Outcome { INDEXED, REPLACED }

    public static ArchiveWriter open(Path dir) throws IOException {
        throw new UnsupportedOperationException("pending");
    }

    /** Adds the article, replacing any earlier one with the same id. */
    public Outcome add(Article article, Extraction extraction) throws IOException {
        throw new UnsupportedOperationException("pending");
    }

    /** Makes everything added so far durable and visible, atomically. */
    public void commit() throws IOException {
        throw new UnsupportedOperationException("pending");
    }

    /** Number of articles in the archive, committed or not. */
    public long size() {
        throw new UnsupportedOperationException("pending");
    }

    @Override public void close() throws IOException {}
}
