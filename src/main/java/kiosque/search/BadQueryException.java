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

    /** A user's value as a message quotes it: whole up to 40 characters, then cut with an ellipsis. */
    public static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    public String error() { return error; }
    public String detail() { return detail; }
}
