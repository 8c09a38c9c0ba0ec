package kiosque.extract;

import java.util.List;

/**
 * Whether the verb governing a date written without its year or week (« jeudi », « le 4 mars ») looks future
 * or past. The tense marker nearest to the date wins, looking first inside its clause (between commas), then in its
 * sentence: « Après les violences qui ont secoué le pays samedi, Macron devrait parler » is past for samedi.
 *
 * <p>Markers are whole words (runs of letters with no digit against them). Written as one scan over the words of the
 * clause rather than two regular expressions (the reference the tests compare against): every weekday of every
 * article asks, and the patterns' {@code \p{L}{2,}} prefix backtracked on every word.
 */
final class FrenchTense {
    private FrenchTense() {}

    /** Future: conjugated futures and conditionals of common verbs, aller/devoir + infinitive, « prochain », « prévu ». */
    private static final FoldedWords FUTURE = new FoldedWords(List.of("sera", "seront", "serait", "aura", "auront", "va", "vont",
            "devra", "devront", "devrait", "devraient", "doit", "doivent", "fera", "feront", "ira", "iront", "pourra", "pourront",
            "faudra", "prochain", "prochaine", "prochains", "prochaines", "prévu", "prévue", "prévus", "prévues"));
    /** Endings of futures after at least two letters (« annoncera », « prendront »). */
    private static final List<String> FUTURE_ENDINGS = List.of("era", "eront", "ira", "iront", "dra", "dront", "rra", "rront");
    /** Past: auxiliaries of compound tenses, imperfects, « depuis », « dernier ». */
    private static final FoldedWords PAST = new FoldedWords(List.of("a", "ont", "ai", "avons", "avez", "avait", "avaient", "était",
            "étaient", "fut", "furent", "eu", "été", "depuis", "dernier", "dernière"));
    /** Endings of imperfects and simple pasts after at least two letters. */
    private static final List<String> PAST_ENDINGS = List.of("ait", "aient", "èrent");

    /** Future when the nearest tense marker around [start, end) is a future one; past (the default) otherwise. */
    static boolean future(String text, int start, int end) {
        int sentenceStart = boundary(text, start, -1, ".!?\n"), sentenceEnd = boundary(text, end, 1, ".!?\n");
        int clauseStart = Math.max(sentenceStart, boundary(text, start, -1, ",;:«»\"")),
            clauseEnd = Math.min(sentenceEnd, boundary(text, end, 1, ",;:«»\""));
        int clause = nearest(text, clauseStart, clauseEnd, start, end);
        if (clause != 0) return clause > 0;
        return nearest(text, sentenceStart, sentenceEnd, start, end) > 0;
    }

    /** +1 when the nearest marker in [from, to) is future, -1 when past, 0 when there is none. */
    private static int nearest(String text, int from, int to, int start, int end) {
        int f = Integer.MAX_VALUE, p = Integer.MAX_VALUE;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            if (!Character.isLetter(cp)) { i += Character.charCount(cp); continue; }
            int s = i;
            do i += Character.charCount(cp); while (i < to && Character.isLetter(cp = text.codePointAt(i)));
            int e = i;
            // a word against a digit (« 3ème ») is no marker; the bounds of the range count as word boundaries
            if (s > from && asciiDigit(text.charAt(s - 1)) || e < to && asciiDigit(text.charAt(e))) continue;
            if (s >= start && e <= end) continue; // inside the date itself
            boolean isFuture = FUTURE.contains(text, s, e) || endsWithAny(text, s, e, FUTURE_ENDINGS);
            boolean isPast = PAST.contains(text, s, e) || endsWithAny(text, s, e, PAST_ENDINGS);
            if (!isFuture && !isPast) continue;
            int d = e <= start ? start - e : s - end;
            if (isFuture) f = Math.min(f, d);
            if (isPast) p = Math.min(p, d);
        }
        if (f == Integer.MAX_VALUE && p == Integer.MAX_VALUE) return 0;
        return f < p ? 1 : -1;
    }

    private static boolean endsWithAny(String text, int s, int e, List<String> endings) {
        for (String ending : endings) if (FoldedWords.endsWith(text, s, e, ending, 2)) return true;
        return false;
    }

    private static boolean asciiDigit(char c) { return c >= '0' && c <= '9'; }

    /** The index just past the nearest stop character before {@code pos} (dir -1), or of the next one after (dir +1); 200 chars at most. */
    private static int boundary(String text, int pos, int dir, String stops) {
        int limit = dir < 0 ? Math.max(0, pos - 200) : Math.min(text.length(), pos + 200);
        if (dir < 0) {
            for (int i = pos - 1; i >= limit; i--) if (stops.indexOf(text.charAt(i)) >= 0) return i + 1;
            return limit;
        }
        for (int i = pos; i < limit; i++) if (stops.indexOf(text.charAt(i)) >= 0) return i;
        return limit;
    }
}
