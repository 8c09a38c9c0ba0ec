package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The silver gazetteer types names by what their contexts say, not by the streets named after them. */
class LexiconBuilderTest {
    @TempDir Path dir;

    private Map<String, String> build(List<String> texts) throws Exception {
        LexiconBuilder b = new LexiconBuilder();
        for (String t : texts) b.countCase(t);
        b.endCasePass();
        for (String t : texts) b.countNames(t);
        b.write(dir, "test");
        Map<String, String> types = new HashMap<>();
        for (String l : Files.readAllLines(dir.resolve(Lexicons.GAZETTEER))) {
            if (l.startsWith("#")) continue;
            String[] f = l.split("\t");
            types.put(f[1], f[0]);
        }
        return types;
    }

    private static List<String> repeated(String... texts) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) out.addAll(List.of(texts));
        return out;
    }

    @Test void streetsNamedAfterSomeoneDoNotMakeThemAPlace() throws Exception {
        Map<String, String> g = build(repeated(
                "Les manifestants ont défilé avenue Zorbalov jusqu'à la gare.",
                "Un accident a eu lieu rue Zorbalov mardi soir.",
                "Le cortège est passé place Zorbalov vers midi.",
                "Elle habite à Quimperlé depuis trois ans."));
        assertNotEquals("PLACE", g.get("Zorbalov"));
        assertEquals("PLACE", g.get("Quimperlé"));
    }

    @Test void aSurnameWrittenAfterItsGivenNameIsAPersonDespiteADative() throws Exception {
        Map<String, String> g = build(repeated(
                "Le livre le compare à Zorbalov sans nuance.",
                "Le régime de Joseph Zorbalov a fait des millions de morts.",
                "Joseph Zorbalov est mort en 1953.",
                "Le portrait de Joseph Zorbalov a été retiré.",
                "Joseph Zorbalov dirigeait le pays."));
        assertEquals("PERSON", g.get("Zorbalov"));
    }

    @Test void brandsReadAsOrganisations() throws Exception {
        Map<String, String> g = build(repeated(
                "Il a acheté une Verkando d'occasion.",
                "La Verkando 911 a été vendue aux enchères.",
                "Les modèles produits par Verkando sont chers.",
                "Le constructeur allemand Verkando a annoncé des résultats."));
        assertEquals("ORGANIZATION", g.get("Verkando"));
    }

    @Test void aGivenNameMostlyReadAloneAfterAPrepositionIsAmbiguous() throws Exception {
        build(repeated(
                "Les familles se retrouvent à Olivier chaque année.",
                "Les ventes ont chuté avant Olivier dans les magasins.",
                "Le marché d'Olivier ouvre ses portes samedi.",
                "Gabriel Quorvex a quitté la salle. Plus tard, Gabriel a déclaré son intention de partir.",
                "Le juge a entendu Gabriel Quorvex et Gabriel Zorbalov."));
        List<String> ambiguous = Files.readAllLines(dir.resolve(Lexicons.AMBIGUOUS_GIVEN_NAMES)).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("olivier"), ambiguous);
    }

    @Test void institutionsQuotedWithoutATitleAreNoPeople() throws Exception {
        Map<String, String> g = build(repeated(
                "Selon Quorvex, l'audience a progressé de 4 %.",
                "Un sondage réalisé par Quorvex pour le journal.",
                "Quorvex affirme que la série a été vue par 5 millions de personnes.",
                "Le chanteur Zorbalov a annoncé un concert. Zorbalov, 45 ans, a déclaré : « Je reviens ».",
                "Selon Zorbalov, le disque sortira en mars."));
        assertNotEquals("PERSON", g.get("Quorvex"));
        assertEquals("PERSON", g.get("Zorbalov"));
    }
}
