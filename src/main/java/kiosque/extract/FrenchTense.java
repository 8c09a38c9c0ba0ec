package kiosque.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the verb governing a date written without its year or week (« jeudi », « le 4 mars ») looks future
 * or past. The tense marker nearest to the date wins, looking first inside its clause (between commas), then in its
 * sentence: « Après les violences qui ont secoué le pays samedi, Macron devrait parler » is past for samedi.
 */
final class FrenchTense {
    private FrenchTense() {}

    /** Future: conjugated futures and conditionals of common verbs, aller/devoir + infinitive, « prochain ». */
    private static final Pattern FUTURE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:sera|seront|serait|aura|auront|va|vont|devra|devront|devrait|devraient|doit|doivent|fera|feront|"
            + "ira|iront|pourra|pourront|faudra|prochaine?s?|prévue?s?|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront|rra|rront))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Past: auxiliaries of compound tenses, imperfects, « depuis », « dernier ». */
    private static final Pattern PAST = Pattern.compile(
            "(?<![\\p{L}\\d])(?:a|ont|ai|avons|avez|avait|avaient|était|étaient|fut|furent|eu|été|depuis|dernier|dernière|"
            + "\\p{L}{2,}(?:ait|aient|èrent))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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
        int f = distance(FUTURE.matcher(text).region(from, to), start, end), p = distance(PAST.matcher(text).region(from, to), start, end);
        if (f == Integer.MAX_VALUE && p == Integer.MAX_VALUE) return 0;
        return f < p ? 1 : -1;
    }

    private static int distance(Matcher m, int start, int end) {
        int best = Integer.MAX_VALUE;
        while (m.find()) {
            if (m.start() >= start && m.end() <= end) continue; // inside the date itself
            best = Math.min(best, m.end() <= start ? start - m.end() : m.start() - end);
        }
        return best;
    }

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
