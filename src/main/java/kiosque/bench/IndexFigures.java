package kiosque.bench;

import java.util.Comparator;
import java.util.List;

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

    /** The round of median wall time (the slower middle one of an even count): what one typical load took. */
    public static IndexFigures median(List<IndexFigures> rounds) {
        if (rounds.isEmpty()) throw new IllegalArgumentException("no rounds");
        List<IndexFigures> sorted = rounds.stream().sorted(Comparator.comparingLong(IndexFigures::elapsedNanos)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** « 1,652 / 1,755 / 2,036 »: each round's docs/s in the order measured. */
    public static String docsPerSecondByRound(List<IndexFigures> rounds) {
        return String.join(" / ", rounds.stream().map(r -> String.format("%,.0f", r.docsPerSecond())).toList());
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }
}
