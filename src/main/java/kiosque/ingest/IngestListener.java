package kiosque.ingest;

/** Receives what the readers find, in input order. Called from the reading thread only. */
public interface IngestListener {
    /** A readable article, found at {@code file}:{@code line}. */
    void article(Article article, String file, long line);

    void problem(IngestProblem problem);
}
