package kiosque.extract;

import java.util.ArrayList;
import java.util.List;

/** Finds quotations between « », “ ” or straight double quotes, of four words or more (marks excluded). */
final class QuoteFinder {
    static final int MIN_WORDS = 4;
    static final int MAX_CHARS = 4000;

    /** A quotation: content span [start, end) and the marks' span [open, close). */
    record Found(int start, int end, int open, int close) {}

    private QuoteFinder() {}

    static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char closer = c == '«' ? '»' : c == '“' ? '”' : c == '"' ? '"' : 0;
            if (closer == 0) { i++; continue; }
            int j = closing(text, i + 1, closer, c == '"');
            if (j < 0) { i++; continue; }
            int s = i + 1, e = j;
            while (s < e && isSpace(text.charAt(s))) s++;
            while (e > s && isSpace(text.charAt(e - 1))) e--;
            if (words(text, s, e) >= MIN_WORDS) out.add(new Found(s, e, i, j + 1));
            i = j + 1;
        }
        return out;
    }

    private static int closing(String text, int from, char closer, boolean straight) {
        int limit = Math.min(text.length(), from + MAX_CHARS);
        for (int k = from; k < limit; k++) {
            char c = text.charAt(k);
            if (c == closer) return k;
            // a straight quote never spans a paragraph; an unclosed « stops at the next «
            if (straight && c == '\n' && k + 1 < text.length() && text.charAt(k + 1) == '\n') return -1;
            if (!straight && (c == '«' || c == '“')) return -1;
        }
        return -1;
    }

    private static int words(String text, int s, int e) {
        int w = 0;
        boolean in = false;
        for (int k = s; k < e; k++) {
            boolean sp = isSpace(text.charAt(k));
            if (!sp && !in) w++;
            in = !sp;
        }
        return w;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f';
    }
}
