package kiosque.extract;

import java.util.Arrays;

/**
 * The word starts of a text where a date expression may begin. Every date the {@link DateFinder} knows holds a
 * digit or a key word (a month, a weekday, a season, « hier », « lendemain », « semaine », « mois », « an »…), at most
 * {@link #REACH} words after its first word (« en début de mois de mars », « il y a trois mois »). One pass over
 * the text finds the key words; the finder's patterns are then tried only at the few word starts just before them,
 * not at every word of the text.
 */
final class DateCandidates {
    private DateCandidates() {}

    /** Words a date may hold before its first key word, plus one of margin. */
    static final int REACH = 5;

    /** Lower-case key words, by length: the letters of a word (up to its first non-letter) are compared with them. */
    private static final String[][] KEYS_BY_LENGTH = byLength(DateWords.KEYS);

    /**
     * Start offsets, in increasing order, of the words (maximal runs of letters and digits) that lie at most
     * {@link #REACH} words before a word holding a digit or starting with a key word.
     */
    static int[] of(String text) {
        int n = text.length();
        int[] runs = new int[Math.max(16, n / 6)];
        int runCount = 0;
        int[] out = new int[16];
        int outCount = 0, nextUnlisted = 0; // runs before nextUnlisted are already in out
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!CharTable.is(c, CharTable.LETTER_OR_DIGIT)) { i++; continue; }
            int start = i, letters = -1;
            boolean digit = false;
            while (i < n && CharTable.is(c = text.charAt(i), CharTable.LETTER_OR_DIGIT)) {
                if (!CharTable.is(c, CharTable.LETTER)) {
                    digit |= CharTable.is(c, CharTable.DIGIT);
                    if (letters < 0) letters = i - start;
                }
                i++;
            }
            if (letters < 0) letters = i - start;
            if (runCount == runs.length) runs = Arrays.copyOf(runs, runCount * 2);
            runs[runCount++] = start;
            if (digit || isKey(text, start, letters)) {
                int from = Math.max(nextUnlisted, runCount - 1 - REACH);
                if (outCount + runCount - from > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, outCount + runCount - from));
                for (int r = from; r < runCount; r++) out[outCount++] = runs[r];
                nextUnlisted = runCount;
            }
        }
        return Arrays.copyOf(out, outCount);
    }

    /** Whether the {@code length} letters at {@code start} are a key word, compared as the date patterns do (case-insensitive, Unicode). */
    private static boolean isKey(String text, int start, int length) {
        if (length >= KEYS_BY_LENGTH.length) return false;
        String[] keys = KEYS_BY_LENGTH[length];
        if (keys == null) return false;
        outer:
        for (String k : keys) {
            for (int j = 0; j < length; j++) if (CharTable.fold(text.charAt(start + j)) != k.charAt(j)) continue outer;
            return true;
        }
        return false;
    }

    private static String[][] byLength(java.util.Set<String> words) {
        int max = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] out = new String[max + 1][];
        for (String w : words) {
            String[] old = out[w.length()] == null ? new String[0] : out[w.length()];
            String[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = w;
            out[w.length()] = grown;
        }
        return out;
    }
}
