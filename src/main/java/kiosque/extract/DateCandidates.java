package kiosque.extract;

import java.util.Arrays;

/**
 * The word starts of a text where a date expression may begin. Every date the {@link DateFinder} knows holds a
 * digit or a key word (a month, a weekday, a season, « hier », « lendemain », « semaine », « mois », « an »…), at most
 * {@link #REACH} words after its first word (« en début de mois de mars »,
 * « il y a trois mois »), and its first digit at most {@link #DIGIT_REACH} (« il y a 3 jours »). One pass over
 * the text finds the key words; the finder's patterns are then tried only at the few word starts just before them,
 * not at every word of the text.
 */
final class DateCandidates {
    private DateCandidates() {}

    /**
     * Words a date may hold before its first key word (« il y a trois mois », « en début de mois de mars »: four), and
     * before its first digit when it has no key word before it (« il y a 3 jours »: three).
     */
    static final int REACH = 4, DIGIT_REACH = 3;

    private static final FoldedWords KEYS = new FoldedWords(DateWords.KEYS);

    /**
     * Start offsets, in increasing order, of the words (maximal runs of letters and digits) that lie at most
     * {@link #REACH} words before a word starting with a key word, or {@link #DIGIT_REACH} before a word holding a digit.
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
            int start = i, letters = -1, hash = 0;
            boolean digit = false;
            while (i < n && CharTable.is(c = text.charAt(i), CharTable.LETTER_OR_DIGIT)) {
                if (!CharTable.is(c, CharTable.LETTER)) {
                    digit |= CharTable.is(c, CharTable.DIGIT);
                    if (letters < 0) letters = i - start;
                } else if (letters < 0) hash = hash * 31 + CharTable.fold(c);
                i++;
            }
            if (letters < 0) letters = i - start;
            if (runCount == runs.length) runs = Arrays.copyOf(runs, runCount * 2);
            runs[runCount++] = start;
            boolean key = KEYS.contains(text, start, start + letters, hash);
            if (key || digit) {
                int from = Math.max(nextUnlisted, runCount - 1 - (key ? REACH : DIGIT_REACH));
                if (outCount + runCount - from > out.length) out = Arrays.copyOf(out, Math.max(out.length * 2, outCount + runCount - from));
                for (int r = from; r < runCount; r++) out[outCount++] = runs[r];
                nextUnlisted = runCount;
            }
        }
        return Arrays.copyOf(out, outCount);
    }
}
