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
        // the next of each opening mark, found with indexOf (vectorised) rather than a test per character
        int guillemet = -2, curly = -2, straight = -2;
        while (i < n) {
            if (guillemet < i && guillemet != -1) guillemet = text.indexOf('«', i);
            if (curly < i && curly != -1) curly = text.indexOf('“', i);
            if (straight < i && straight != -1) straight = text.indexOf('"', i);
            i = first(guillemet, curly, straight);
            if (i < 0) break;
            char c = text.charAt(i);
            char closer = c == '«' ? '»' : c == '“' ? '”' : '"';
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

    /** The smallest of the positions that are not -1 (not found), or -1. */
    private static int first(int a, int b, int c) {
        int m = a;
        if (b >= 0 && (m < 0 || b < m)) m = b;
        if (c >= 0 && (m < 0 || c < m)) m = c;
        return m;
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
