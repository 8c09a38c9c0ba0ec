package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Cues of 19th- and 20th-century French press, on sentences written for this test with invented names (so no
 * lexicon knows them and only the cues can type them).
 */
class HistoricalNewsCuesTest {
    private static final FrenchExtractor EX = new FrenchExtractor();

    private static Extraction run(String body) {
        return EX.extract(new Article("t", "", "", body, PartialDate.parse("1898-05-14"), null, null));
    }

    private static boolean has(Extraction x, EntityType t, String name) {
        return x.names(t).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    @Test void namesOfOneEnumerationShareTheirType() {
        Extraction x = run("MM. Brandolf, Quittaz et Wermelinger déposent une motion sur les alcools.");
        for (String n : List.of("Brandolf", "Quittaz", "Wermelinger")) assertTrue(has(x, EntityType.PERSON, n), n + " in " + x.entities());
    }

    @Test void aNameAndItsTownAreNoEnumeration() {
        Extraction x = run("Le premier prix revient à M. Wermelinger, Vallorbex, pour son taureau.");
        assertTrue(has(x, EntityType.PERSON, "Wermelinger"), x.entities().toString());
        assertFalse(has(x, EntityType.PERSON, "Vallorbex"), x.entities().toString());
    }

    @Test void whereTroopsComeFromAndGoTo() {
        Extraction x = run("Les troupes sont arrivées de Krottenau et sont parties pour Zweifelberg dans la soirée.");
        assertTrue(has(x, EntityType.PLACE, "Krottenau"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "Zweifelberg"), x.entities().toString());
    }

    @Test void datelineAgencyAndOldTitles() {
        Extraction x = run("KROTTENAU, 14 (Agipress). — On annonce la mort du sieur Pellandaz. Les souscriptions sont reçues chez Mad. Quittaz.");
        assertTrue(has(x, EntityType.PLACE, "Krottenau"), x.entities().toString());
        assertTrue(has(x, EntityType.ORGANIZATION, "Agipress"), x.entities().toString());
        assertTrue(has(x, EntityType.PERSON, "Pellandaz"), x.entities().toString());
        assertTrue(has(x, EntityType.PERSON, "Quittaz"), x.entities().toString());
    }

    @Test void institutionsThatGoOnInLowercase() {
        Extraction x = run("Dans sa séance d'hier, le Conseil fédéral a consulté la Banque nationale et la Société suisse des meuniers.");
        for (String n : List.of("Conseil fédéral", "Banque nationale", "Société suisse des meuniers"))
            assertTrue(has(x, EntityType.ORGANIZATION, n), n + " in " + x.entities());
    }

    @Test void twoUnknownCapitalisedWordsAreAPerson() {
        Extraction x = run("Les dessins de ce fauteuil sont dus à Orsolya Brandtner, qui les expose cette semaine.");
        assertTrue(has(x, EntityType.PERSON, "Orsolya Brandtner"), x.entities().toString());
    }

    @Test void aLoneUnknownNameAfterDeIsAPlaceButNotAGivenName() {
        Extraction x = run("L'incendie de Krottenau a détruit trente maisons. La famille a prié en mémoire de Norbert.");
        assertTrue(has(x, EntityType.PLACE, "Krottenau"), x.entities().toString());
        assertFalse(has(x, EntityType.PLACE, "Norbert"), x.entities().toString());
    }
}
