package kiosque.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for excerpts, found by looking only around the offset asked about: a sentence starts at the
 * first character after a run of {@code . ! ? …} (closing quotes or brackets included) and blanks, unless a full
 * stop is followed by a lower-case word or a dash (« M. le maire », « etc. et »). These are, nearly always, the boundaries of
 * the JDK's rule-based sentence iterator, which OpenSearch's highlighter uses (both backends should show the same
 * excerpts); that iterator was a twentieth of the server's CPU. Like it, a line break alone ends no sentence.
 */
final class SentenceBreaks extends BreakIterator {
    private String text = "";
    private int current;

    @Override public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override public void setText(CharacterIterator it) {
        StringBuilder sb = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) sb.append(c);
        setText(sb.toString());
    }

    @Override public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override public int first() {
        return current = 0;
    }

    @Override public int last() {
        return current = text.length();
    }

    @Override public int current() {
        return current;
    }

    @Override public int next() {
        if (current >= text.length()) return DONE;
        return current = following(current);
    }

    @Override public int next(int n) {
        int r = current;
        for (int i = 0; i < n && r != DONE; i++) r = next();
        for (int i = 0; i > n && r != DONE; i--) r = previous();
        return r;
    }

    @Override public int previous() {
        if (current <= 0) return DONE;
        return current = preceding(current);
    }

    /** The first boundary after {@code offset}; the end of the text when no sentence starts before it. */
    @Override public int following(int offset) {
        checkOffset(offset);
        int n = text.length();
        for (int i = offset + 1; i < n; i++) {
            if (startsSentence(i)) return current = i;
        }
        return current = n;
    }

    /** The last boundary before {@code offset}; the start of the text when no sentence starts after it. */
    @Override public int preceding(int offset) {
        checkOffset(offset);
        for (int i = Math.min(offset, text.length()) - 1; i > 0; i--) {
            if (startsSentence(i)) return current = i;
        }
        return current = 0;
    }

    @Override public boolean isBoundary(int offset) {
        checkOffset(offset);
        boolean b = offset == 0 || offset == text.length() || startsSentence(offset);
        current = offset;
        return b;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) throw new IllegalArgumentException("offset " + offset + " outside 0.." + text.length());
    }

    /** Whether a sentence starts at {@code i}: a non-blank after blanks that follow a line break or a sentence end. */
    private boolean startsSentence(int i) {
        char c = text.charAt(i);
        if (isBlank(c) || !isBlank(text.charAt(i - 1)) || ",;:.!?…".indexOf(c) >= 0) return false;
        // A straight quote or apostrophe before a word opens; before a blank, as » always does, it closes.
        if (isCloser(c) && (c == '»' || c == '”' || c == ')' || c == ']' || i + 1 >= text.length() || isBlank(text.charAt(i + 1)))) return false;
        int j = i - 1;
        // « Fin. » and « Fin . » too: closing marks, and the thin spaces French sets before them, are skipped.
        while (j >= 0 && (isCloser(text.charAt(j)) || isBlank(text.charAt(j)))) j--;
        if (j < 0) return false;
        char end = text.charAt(j);
        if (end == '!' || end == '?' || end == '…') return true;
        if (end != '.') return false;
        return !Character.isLowerCase(c) && c != '-' && c != '–' && c != '—';
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2029';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '»' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
    }
}
