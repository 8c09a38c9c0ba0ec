package kiosque.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import kiosque.search.Archive;
import kiosque.search.ArchiveQuery;
import kiosque.search.SearchResult;
import kiosque.search.StoredArticle;

/**
 * The archive being opened on a thread of its own while the web server starts: the two took about as long
 * as each other, one after the other, before the first answer. The open includes one search, so the first
 * user's search does not pay for loading the search code. Calls wait until the archive is open.
 */
final class OpeningArchive implements Archive {
    /** Opens an archive; may fail with a message that says why (no index there…). */
    @FunctionalInterface
    interface Opener {
        Archive open() throws IOException;
    }

    private final CompletableFuture<Archive> opening;

    OpeningArchive(Opener opener) {
        this.opening = CompletableFuture.supplyAsync(() -> {
            try {
                Archive archive = opener.open();
                archive.search(ArchiveQuery.of("")); // loads and runs the search path once
                return archive;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The open archive; throws the reason it could not be opened (no index there…). */
    Archive await() throws IOException {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) throw io.getCause();
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    private Archive archive() {
        try {
            return await();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override public SearchResult search(ArchiveQuery query) { return archive().search(query); }

    @Override public Optional<StoredArticle> article(String id) { return archive().article(id); }

    @Override public long size() { return archive().size(); }

    @Override public void close() throws IOException {
        if (!opening.isCompletedExceptionally()) archive().close();
    }
}
