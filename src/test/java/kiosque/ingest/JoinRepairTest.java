package kiosque.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class JoinRepairTest {

    private static String fix(String s) { return JoinRepair.repair(s, " ¶ "); }

    @Test void sentenceRunIntoTheNextBecomesTwoParagraphs() {
        assertEquals("les chambres des Pyrénées. ¶ Alors que les estives ont commencé.",
                fix("les chambres des Pyrénées.Alors que les estives ont commencé."));
        assertEquals("il a tranché! ¶ Le lendemain", fix("il a tranché!Le lendemain"));
        assertEquals("en 2020). ¶ Cette baisse", fix("en 2020).Cette baisse"));
        assertEquals("a-t-il dit à « Libération ». ¶ Étonnant", fix("a-t-il dit à « Libération ».Étonnant"));
    }

    @Test void straightQuotesDecideWhichSideTheBreakGoes() {
        // the quote closes the previous paragraph
        assertEquals("Il a dit \"c'est fini.\" ¶ Le soir", fix("Il a dit \"c'est fini.\"Le soir"));
        // the quote opens the next one
        assertEquals("Il est parti. ¶ \"Je reviendrai\", dit-il.", fix("Il est parti.\"Je reviendrai\", dit-il."));
    }

    @Test void dashFramedSubHeadingBecomesItsOwnParagraph() {
        assertEquals("entre éleveurs. ¶ Pas grand chose ¶ La nouvelle feuille",
                fix("entre éleveurs.- Pas grand chose -La nouvelle feuille"));
    }

    @Test void initialsAcronymsTitlesDecimalsAndUrlsStayJoined() {
        for (String kept : new String[] {
                "les U.S.A. sont", "J.K.Rowling a écrit", "la société S.T.Dupont a", "une hausse de 3.5%",
                "voir https://www.Example.com/Page ici", "le site www.Gouv.fr/Aide", "Il vaut 1.000 euros",
                "Consternant... mais vrai", "la S.p.A.Ferrari"}) {
            assertEquals(kept, fix(kept), kept);
        }
        assertEquals("selon M. Dupont, il", fix("selon M.Dupont, il"), "a courtesy title gets its space back, no break");
    }

    @Test void endOfUrlOrUnitStillBreaks() {
        assertEquals("sur boutique.elysee.fr. ¶ Des produits", fix("sur boutique.elysee.fr.Des produits"));
        assertEquals("à 130 km/h. ¶ Il a été", fix("à 130 km/h.Il a été"));
        assertEquals("il faisait 40°C. ¶ Le soir", fix("il faisait 40°C.Le soir"));
    }

    @Test void wellTypedTextIsUntouched() {
        String s = "Le conflit syrien n’aura pas livré son verdict. Quelques jours après, Ankara annonce. « Oui », dit-il.";
        assertEquals(s, fix(s));
    }

    /** On real scraped articles: many breaks come back, and none lands inside « M. X » or after an initial. */
    @Test void repairsTheRealCorpus() throws Exception {
        Path corpus = Path.of("../shared/corpus/orangesum.jsonl.gz");
        Assumptions.assumeTrue(Files.exists(corpus), "corpus absent: " + corpus.toAbsolutePath());
        ObjectMapper json = new ObjectMapper();
        int articles = 0, repaired = 0, badBreaks = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null && articles < 2000; articles++) {
                String body = json.readTree(line).path("article").asText();
                String fixed = JoinRepair.repair(body, "\n\n");
                if (!fixed.equals(body)) repaired++;
                for (String p : fixed.split("\n\n")) {
                    if (p.matches(".*(\\s|^)(M|MM|Mme|[A-Z])\\.$")) badBreaks++;
                }
                assertEquals(body.replaceAll("\\s", "").replace("-", ""), fixed.replaceAll("\\s", "").replace("-", ""),
                        "repair only inserts breaks and spaces (and removes heading dashes)");
            }
        }
        assertTrue(repaired > articles / 2, repaired + " of " + articles + " articles repaired");
        assertTrue(badBreaks < articles / 100, badBreaks + " paragraphs end on an initial or a title");
    }
}
