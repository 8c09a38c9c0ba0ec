package kiosque.bench;

import java.util.List;

/**
 * What a bulk load did.
 *
 * @param failures one line per article OpenSearch refused for good (id and reason)
 * @param retries  batches or items sent again after a 429 or a lost connection
 */
public record BulkReport(long indexed, long textBytes, long elapsedNanos, List<String> failures, long retries) {

    public BulkReport {
        failures = List.copyOf(failures);
    }

    public double docsPerSecond() {
        return elapsedNanos == 0 ? 0 : indexed * 1e9 / elapsedNanos;
    }

    public double megabytesPerSecond() {
        return elapsedNanos == 0 ? 0 : textBytes / 1e6 * 1e9 / elapsedNanos;
    }
}
