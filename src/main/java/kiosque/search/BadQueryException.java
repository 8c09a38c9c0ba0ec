package kiosque.search;

/** A request the user can fix: answered with HTTP 400 and {"error", "detail"}. */
public class BadQueryException extends RuntimeException {
    private final String error;
    private final String detail;

    public BadQueryException(String error, String detail) {
        super(error + ": " + detail);
        this.error = error;
        this.detail = detail;
    }

    public String error() { return error; }
    public String detail() { return detail; }
}
