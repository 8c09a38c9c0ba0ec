package kiosque.search;

import java.io.Closeable;
import java.util.Optional;

/**
 * The search contract the web layer and the CLI speak to; the embedded Lucene archive implements it.
 * Implementations are thread-safe.
 */
public interface Archive extends Closeable {
    /** @throws BadQueryException when the query cannot be understood */
    SearchResult search(ArchiveQuery query);

    Optional<StoredArticle> article(String id);

    /** Number of articles in the archive. */
    long size();
}
