package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.ingest.Article;
import org.junit.jupiter.api.Test;

/** The tense of the clause around a date; the scanner agrees with the regular expressions it replaced. */
class FrenchTenseTest {
    private static boolean future(String sentence, String date) {
        int s = sentence.indexOf(date);
        return FrenchTense.future(sentence, s, s + date.length());
    }

    @Test void nearestMarkerInTheClauseWins() {
        assertTrue(future("Le président va s'exprimer samedi devant la presse.", "samedi"));
        assertFalse(future("Après les violences qui ont secoué le pays samedi, Macron devrait parler.", "samedi"));
        assertTrue(future("Le conseil se réunira jeudi.", "jeudi"));
        assertFalse(future("Le conseil se réunissait jeudi.", "jeudi"));
        assertFalse(future("Il était là jeudi, il sera là lundi.", "jeudi"));
        assertTrue(future("Il était là jeudi, il sera là lundi.", "lundi"));
        assertTrue(future("La réunion PRÉVUE mardi aura lieu.", "mardi"));
    }

    @Test void noMarkerMeansPast() {
        assertFalse(future("Mardi, conseil des ministres.", "Mardi"));
    }

    @Test void sameAnswersAsThePatternsOnTheCorpus() throws Exception {
        Path corpus = Path.of("../shared/corpus/orangesum.jsonl.gz");
        assumeTrue(Files.isRegularFile(corpus), "corpus absent: " + corpus);
        List<Article> articles = ExtractionDump.read(corpus, 800);
        Pattern word = Pattern.compile("\\p{L}+");
        int compared = 0;
        for (Article a : articles) {
            String text = a.body();
            Matcher w = word.matcher(text);
            for (int k = 0; w.find(); k++) {
                if (k % 11 != 0 && !DateWords.KEYS.contains(w.group().toLowerCase())) continue;
                assertEquals(Reference.future(text, w.start(), w.end()), FrenchTense.future(text, w.start(), w.end()),
                        () -> "around « " + w.group() + " » in " + text.substring(Math.max(0, w.start() - 150), Math.min(text.length(), w.end() + 150)));
                compared++;
            }
        }
        assertTrue(compared > 5_000, "compared " + compared);
    }

    /** The pattern-based version the scanner replaced. */
    private static final class Reference {
        private static final Pattern FUTURE = Pattern.compile(
                "(?<![\\p{L}\\d])(?:sera|seront|serait|aura|auront|va|vont|devra|devront|devrait|devraient|doit|doivent|fera|feront|"
                + "ira|iront|pourra|pourront|faudra|prochaine?s?|prévue?s?|\\p{L}{2,}(?:era|eront|ira|iront|dra|dront|rra|rront))(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        private static final Pattern PAST = Pattern.compile(
                "(?<![\\p{L}\\d])(?:a|ont|ai|avons|avez|avait|avaient|était|étaient|fut|furent|eu|été|depuis|dernier|dernière|"
                + "\\p{L}{2,}(?:ait|aient|èrent))(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        static boolean future(String text, int start, int end) {
            int sentenceStart = boundary(text, start, -1, ".!?\n"), sentenceEnd = boundary(text, end, 1, ".!?\n");
            int clauseStart = Math.max(sentenceStart, boundary(text, start, -1, ",;:«»\"")),
                clauseEnd = Math.min(sentenceEnd, boundary(text, end, 1, ",;:«»\""));
            int clause = nearest(text, clauseStart, clauseEnd, start, end);
            if (clause != 0) return clause > 0;
            return nearest(text, sentenceStart, sentenceEnd, start, end) > 0;
        }

        private static int nearest(String text, int from, int to, int start, int end) {
            int f = distance(FUTURE.matcher(text).region(from, to), start, end), p = distance(PAST.matcher(text).region(from, to), start, end);
            if (f == Integer.MAX_VALUE && p == Integer.MAX_VALUE) return 0;
            return f < p ? 1 : -1;
        }

        private static int distance(Matcher m, int start, int end) {
            int best = Integer.MAX_VALUE;
            while (m.find()) {
                if (m.start() >= start && m.end() <= end) continue;
                best = Math.min(best, m.end() <= start ? start - m.end() : m.start() - end);
            }
            return best;
        }

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
}
