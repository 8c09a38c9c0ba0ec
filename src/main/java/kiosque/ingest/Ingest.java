package kiosque.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads every article under the given paths, in order, telling the listener about each article and each
 * problem. Never throws for bad input: a file that cannot be read is a problem, and reading goes on.
 */
public final class Ingest {

    static final int SNIFF_BYTES = 1 << 16;
    static final long MAX_TEXT_FILE = 64L << 20;

    private final SeedTextReader seedReader;
    private final JsonArticleReader jsonReader;

    public Ingest() { this(Clock.systemDefaultZone()); }

    public Ingest(Clock clock) {
        this.seedReader = new SeedTextReader(new ArticleAssembler(clock, false));
        this.jsonReader = new JsonArticleReader(new ArticleAssembler(clock, true));
    }

    public void read(List<Path> paths, IngestListener listener) {
        SourceWalker.walk(paths, file -> readFile(file, listener), listener::problem);
    }

    /** Total size on disk of what {@link #read} would read; lets a progress bar show an ETA. */
    public static long totalBytes(List<Path> paths) {
        long[] total = {0};
        SourceWalker.walk(paths, f -> {
            try { total[0] += Files.size(f); } catch (IOException ignored) { /* reported when read */ }
        }, p -> {});
        return total[0];
    }

    public void readFile(Path file, IngestListener listener) {
        readFile(file, listener, null);
    }

    /** @param progress told how many bytes of the file (as stored on disk) have been consumed so far, may be null */
    public void readFile(Path file, IngestListener listener, java.util.function.LongConsumer progress) {
        String name = file.toString();
        SourceWalker.Format format = SourceWalker.formatOf(file);
        try (InputStream raw = Files.newInputStream(file);
             CountingInputStream counted = new CountingInputStream(raw, progress)) {
            InputStream in = SourceWalker.gzipped(file) ? new GZIPInputStream(counted, 1 << 16) : counted;
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(SNIFF_BYTES);
            byte[] head = buffered.readNBytes(SNIFF_BYTES);
            buffered.reset();
            if (head.length == 0) {
                listener.problem(IngestProblem.skipped(name, 0, "empty file"));
                return;
            }
            if (TextDecoding.looksBinary(head, head.length)) {
                listener.problem(IngestProblem.skipped(name, 0, "binary file, not text"));
                return;
            }
            switch (format) {
                case SEED_TEXT -> readSeed(buffered, file, name, listener);
                case JSON_LINES -> jsonReader.readLines(buffered, name, listener);
                case JSON -> {
                    Charset charset = TextDecoding.sniff(head, head.length);
                    if (charset.name().startsWith("UTF-8") && head.length >= 3 && (head[0] & 0xFF) == 0xEF) buffered.skipNBytes(3);
                    if (charset.name().startsWith("UTF-16")) buffered.skipNBytes(2);
                    jsonReader.readDocument(buffered, charset, name, listener);
                }
            }
        } catch (JsonArticleReader.LineIOException e) {
            listener.problem(IngestProblem.skipped(name, e.line, brokenStream(e.getCause()) + "; the articles before this line were read"));
        } catch (NoSuchFileException e) {
            listener.problem(IngestProblem.skipped(name, 0, "no such file"));
        } catch (AccessDeniedException e) {
            listener.problem(IngestProblem.skipped(name, 0, "permission denied"));
        } catch (IOException e) {
            listener.problem(IngestProblem.skipped(name, 0, brokenStream(e)));
        } catch (RuntimeException e) {
            listener.problem(IngestProblem.skipped(name, 0, "could not be read: " + e));
        }
    }

    private void readSeed(InputStream in, Path file, String name, IngestListener listener) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_TEXT_FILE + 1);
        if (bytes.length > MAX_TEXT_FILE) {
            listener.problem(IngestProblem.skipped(name, 0, "text file larger than " + (MAX_TEXT_FILE >> 20) + " MB"));
            return;
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.lossy()) {
            long line = 1;
            for (int i = 0; i < decoded.firstBadByte() && i < bytes.length; i++) if (bytes[i] == '\n') line++;
            listener.problem(IngestProblem.degraded(name, line, "invalid UTF-8 (bad bytes replaced by �)"));
        }
        seedReader.read(decoded.text(), name, file.getFileName().toString(), listener::problem)
                .ifPresent(a -> listener.article(a, name, 1));
    }

    private static String brokenStream(Throwable e) {
        if (e instanceof EOFException) return "file ends early (truncated or incomplete gzip): " + e.getMessage();
        if (e instanceof ZipException) return "corrupt gzip data: " + e.getMessage();
        if (e instanceof AccessDeniedException) return "permission denied";
        return "read error: " + e;
    }

    /** Counts the bytes read from disk, for progress. */
    private static final class CountingInputStream extends java.io.FilterInputStream {
        private final java.util.function.LongConsumer progress;
        private long count;

        CountingInputStream(InputStream in, java.util.function.LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override public int read() throws IOException {
            int b = super.read();
            if (b >= 0) advance(1);
            return b;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) advance(n);
            return n;
        }

        private void advance(long n) {
            count += n;
            if (progress != null) progress.accept(count);
        }
    }
}
