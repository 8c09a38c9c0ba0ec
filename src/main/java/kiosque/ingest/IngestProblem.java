package kiosque.ingest;

/**
 * Something in the input that could not be read as it stands.
 *
 * @param file     the file (as given or found while walking a folder)
 * @param line     1-based line where it happened, 0 when it concerns the whole file
 * @param reason   what was wrong, in words a user can act on
 * @param severity whether the article was dropped or kept with less than the source said
 */
public record IngestProblem(String file, long line, String reason, Severity severity) {
    public enum Severity {
        /** nothing was indexed from this place */
        SKIPPED,
        /** the article was indexed, but part of it (a date, some bytes, the tail of a huge body) was dropped */
        DEGRADED
    }

    public static IngestProblem skipped(String file, long line, String reason) {
        return new IngestProblem(file, line, reason, Severity.SKIPPED);
    }

    public static IngestProblem degraded(String file, long line, String reason) {
        return new IngestProblem(file, line, reason, Severity.DEGRADED);
    }

    @Override public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + (severity == Severity.SKIPPED ? "skipped: " : "kept, but ") + reason;
    }
}
