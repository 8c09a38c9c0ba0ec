package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.Test;

/** Trying the date patterns only near key words finds the same dates as trying them at every word. */
class DateCandidatesTest {
    private static final DateFinder F = new DateFinder();

    /** Every word start: what the finder would try without the key-word index. */
    private static int[] everyWord(String text) {
        return IntStream.range(0, text.length())
                .filter(i -> Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))
                .toArray();
    }

    private static void same(String text, PartialDate ref) {
        assertEquals(F.find(text, Section.BODY, ref, everyWord(text)), F.find(text, Section.BODY, ref), text);
    }

    @Test void longestDatesAreStillFound() {
        PartialDate ref = PartialDate.parse("2019-10-09");
        for (String s : List.of("Il y a trois mois, puis il y a 3 jours.", "En début de mois de mars, en fin d'année 2017.",
                "Cet après-midi et avant-hier, aujourd'hui MARDI 4 mars 2020, le lendemain matin.", "Les 6 et 13 avril, la saison 2002-2003.",
                "Le4 mars, l'an 2000, au printemps 2019, les années 90, de 2004 à 2011, le week-end dernier.")) {
            same(s, ref);
            assertTrue(!F.find(s, Section.BODY, ref).isEmpty(), s);
        }
    }

    @Test void onlyWordsNearAKeyWordOrADigitAreCandidates() {
        String s = "Le président a parlé longuement de la situation du pays en mars dernier.";
        int[] c = DateCandidates.of(s);
        // « mars » and the four words before it: « situation du pays en mars »
        assertEquals(List.of("situation", "du", "pays", "en", "mars"), Arrays.stream(c).mapToObj(i -> s.substring(i).split("[^\\p{L}]")[0]).toList());
    }

    @Test void sameDatesAsEveryWordOnTheCorpus() throws Exception {
        Path corpus = Path.of("../shared/corpus/orangesum.jsonl.gz");
        assumeTrue(Files.isRegularFile(corpus), "corpus absent: " + corpus);
        for (Article a : ExtractionDump.read(corpus, 1000)) {
            same(a.title(), a.date());
            same(a.body(), a.date());
        }
    }
}
