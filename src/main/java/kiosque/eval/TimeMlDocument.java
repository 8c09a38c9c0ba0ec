package kiosque.eval;

import java.util.List;

/** One ISO-TimeML document: plain text, creation date (DCT) and the gold TIMEX3 expressions. */
public record TimeMlDocument(String id, String dct, String text, List<Timex> timexes) {
    /** A TIMEX3 with its character span in {@link #text()}. */
    public record Timex(String type, String value, int start, int end) {}
}
