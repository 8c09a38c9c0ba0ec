package kiosque.bench;

/** How fast one engine indexed the corpus: documents and bytes of text over wall time. */
public record IndexFigures(long docs, long textBytes, long elapsedNanos) {

    public IndexFigures {
        if (elapsedNanos <= 0) throw new IllegalArgumentException("elapsed time must be positive");
    }

    public double docsPerSecond() {
        return docs * 1e9 / elapsedNanos;
    }

    public double megabytesPerSecond() {
        return textBytes / 1e6 * 1e9 / elapsedNanos;
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }
}
