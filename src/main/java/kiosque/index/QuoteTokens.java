package kiosque.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The words of an article's quotes for the {@code quote} field, taken as its title, lede and body are analysed
 * rather than by analysing every quote a second time (that second analysis was a sixth of the writer's time).
 * A word belongs to a quote when its offsets lie inside the quote's span; the words of one quote keep their
 * positions relative to each other, so phrases inside a quote still match; quotes are
 * {@link FrenchAnalysis#POSITION_GAP} positions apart, so phrases do not span two. One instance per document, used
 * by the indexing thread that writes it: the sections are analysed before the quote field is read, as Lucene
 * inverts a document's fields in the order they were added.
 */
final class QuoteTokens {
    private final Map<Section, int[][]> spans = new EnumMap<>(Section.class);
    private char[] chars = new char[256];
    private int charCount;
    /** Per recorded word: where its characters start, how many, and its position increment. */
    private int[] starts = new int[32], lengths = new int[32], increments = new int[32];
    private int words;

    /** Quotes whose span does not hold their text (none are expected) are returned here, to be analysed apart. */
    final List<Quote> unplaced = new ArrayList<>();

    QuoteTokens(List<Quote> quotes, Map<Section, String> texts) {
        Map<Section, List<int[]>> bySection = new EnumMap<>(Section.class);
        for (Quote q : quotes) {
            String text = q.section() == null ? null : texts.get(q.section());
            boolean placed = text != null && q.start() >= 0 && q.end() <= text.length() && q.start() < q.end()
                    && text.regionMatches(q.start(), q.text(), 0, q.text().length()) && q.end() - q.start() == q.text().length();
            if (placed) bySection.computeIfAbsent(q.section(), s -> new ArrayList<>()).add(new int[] {q.start(), q.end()});
            else unplaced.add(q);
        }
        bySection.forEach((section, list) -> {
            list.sort(Comparator.comparingInt(s -> s[0]));
            spans.put(section, list.toArray(new int[0][]));
        });
    }

    boolean any() {
        return !spans.isEmpty();
    }

    /** The section's analysed words, unchanged, recording those inside its quotes. */
    TokenStream recording(Section section, TokenStream analysed) {
        int[][] sectionSpans = spans.get(section);
        return sectionSpans == null ? analysed : new Recorder(analysed, sectionSpans);
    }

    /** The recorded words, quote after quote, for the quote field. */
    TokenStream replay() {
        return new Replay();
    }

    private void record(CharTermAttribute term, int increment) {
        if (words == starts.length) {
            starts = Arrays.copyOf(starts, words * 2);
            lengths = Arrays.copyOf(lengths, words * 2);
            increments = Arrays.copyOf(increments, words * 2);
        }
        if (charCount + term.length() > chars.length) chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + term.length()));
        System.arraycopy(term.buffer(), 0, chars, charCount, term.length());
        starts[words] = charCount;
        lengths[words] = term.length();
        increments[words] = increment;
        charCount += term.length();
        words++;
    }

    private final class Recorder extends TokenFilter {
        private final int[][] spans;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int span;
        /** Whether the previous word was recorded in the current span: the first word of a quote starts afresh. */
        private boolean inQuote;

        Recorder(TokenStream input, int[][] spans) {
            super(input);
            this.spans = spans;
        }

        @Override public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) return false;
            int start = offset.startOffset();
            while (span < spans.length && spans[span][1] <= start) {
                span++;
                inQuote = false;
            }
            if (span < spans.length && start >= spans[span][0] && offset.endOffset() <= spans[span][1]) {
                // the first word of each quote after the first is set apart, as between two values of a field
                record(term, inQuote ? increment.getPositionIncrement() : words == 0 ? 1 : 1 + FrenchAnalysis.POSITION_GAP);
                inQuote = true;
            }
            return true;
        }

        @Override public void reset() throws IOException {
            super.reset();
            span = 0;
            inQuote = false;
        }
    }

    private final class Replay extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override public boolean incrementToken() {
            if (next >= words) return false;
            clearAttributes();
            term.copyBuffer(chars, starts[next], lengths[next]);
            increment.setPositionIncrement(increments[next]);
            next++;
            return true;
        }

        @Override public void reset() throws IOException {
            super.reset();
            next = 0;
        }
    }
}
