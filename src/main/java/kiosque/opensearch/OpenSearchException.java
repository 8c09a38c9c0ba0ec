package kiosque.opensearch;

/** OpenSearch refused a request; the status tells a caller whether trying again may help. */
public final class OpenSearchException extends RuntimeException {
    private final int status;

    public OpenSearchException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() { return status; }

    /** Too many requests, or a shard/node not available: worth another try after a pause. */
    public boolean retryable() {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
