package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Names of older press that the corpus-built lexicons miss: countries and historical regions after their article,
 * competitors of a results list, OCR's long s, compound given names, surnames of people known by full name.
 * Sentences written for this test.
 */
class HistoricalNamesTest {
    private static final FrenchExtractor EX = new FrenchExtractor();

    private static Extraction run(String body) {
        return EX.extract(new Article("t", "", "", body, PartialDate.parse("1898-05-14"), null, null));
    }

    private static boolean has(Extraction x, EntityType t, String name) {
        return x.names(t).stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)));
    }

    @Test void theJdkGivesFrenchNamesOfCountriesAndRegions() {
        var names = PlaceNamesBuilder.names();
        for (String n : List.of("Suède", "Allemagne", "Royaume-Uni", "Birmanie", "Europe de l'Est", "Amérique latine"))
            assertTrue(names.contains(n), n + " missing");
        assertFalse(names.stream().anyMatch(n -> n.contains("R.A.S.")), "administrative labels are no names");
    }

    @Test void countriesAfterTheirArticleArePlaces() {
        Extraction x = run("Le traité entre la Suède et le Bhoutan a été signé hier.");
        assertTrue(has(x, EntityType.PLACE, "Suède"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "Bhoutan"), x.entities().toString());
    }

    @Test void historicalRegionsArePlaces() {
        Extraction x = run("L'armée a quitté la Prusse et marche vers la Bohême en longeant le Danube.");
        for (String n : List.of("Prusse", "Bohême", "Danube")) assertTrue(has(x, EntityType.PLACE, n), n + " in " + x.entities());
    }

    @Test void competitorsOfAResultsListAndTheirOrigin() {
        Extraction x = run("Classement : 1. Brandolf (Esp) 4 h 12'03 \". 2. Quittaz (S) à 12 \". 3. Wermelinger à 1'02 \". "
                + "4. Krottenmeier. 5. Zweifelgut, tous m. t.");
        for (String n : List.of("Brandolf", "Quittaz", "Wermelinger", "Krottenmeier", "Zweifelgut"))
            assertTrue(has(x, EntityType.PERSON, n), n + " in " + x.entities());
        assertTrue(has(x, EntityType.PLACE, "Esp"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "S"), x.entities().toString());
    }

    @Test void aNumberedParagraphIsNoResultsList() {
        Extraction x = run("Il faut lire l'article 12. Brandolf en parle dans son rapport.");
        assertFalse(has(x, EntityType.PERSON, "Brandolf"), x.entities().toString());
    }

    @Test void theLongSReadAsFStillNamesThePlace() {
        Extraction x = run("Les nouvelles de Conflantinople et d'Afie manquent depuis huit jours.");
        assertTrue(has(x, EntityType.PLACE, "Conflantinople"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "Afie"), x.entities().toString());
    }

    @Test void aCompoundOfGivenNamesIsAPerson() {
        Extraction x = run("La modiste de Marie-Antoinette envoyait des poupées. Quant à Anna-Maria Quittaz, il a abandonné.");
        assertTrue(has(x, EntityType.PERSON, "Marie-Antoinette"), x.entities().toString());
        assertTrue(has(x, EntityType.PERSON, "Anna-Maria Quittaz"), x.entities().toString());
    }

    @Test void theSurnameOfAPersonKnownByFullNameIsAPerson() {
        Extraction x = run("C'était l'époque où Churchill nourrissait encore des illusions.");
        assertTrue(has(x, EntityType.PERSON, "Churchill"), x.entities().toString());
    }

    @Test void aTitleBeforeAPlaceNameMakesASurname() {
        Extraction x = run("Hier, le colonel Lille a passé la revue des troupes du maréchal Toulouse près de Lyon.");
        assertTrue(has(x, EntityType.PERSON, "Lille"), x.entities().toString());
        assertTrue(has(x, EntityType.PERSON, "Toulouse"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "Lyon"), x.entities().toString());
    }

    @Test void anUnknownNameBeforeAKnownTownInBracketsIsAPerson() {
        Extraction x = run("Le comité compte désormais Brandolf (Lausanne) et Quittaz (Sion), élus hier.");
        assertTrue(has(x, EntityType.PERSON, "Brandolf"), x.entities().toString());
        assertTrue(has(x, EntityType.PERSON, "Quittaz"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "Lausanne"), x.entities().toString());
    }

    @Test void aHeadingPlaceBeforeTheFirstSentenceIsAPlace() {
        Extraction x = run("GENÈVE Les autorités ont décidé hier de fermer le pont.");
        assertTrue(has(x, EntityType.PLACE, "Genève"), x.entities().toString());
    }

    @Test void threeNamesSeparatedByCommasAreAList() {
        Extraction x = run("Les colonnes ont traversé Lausanne, Vallorbex, Krottenau dans la nuit.");
        assertTrue(has(x, EntityType.PLACE, "Vallorbex"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "Krottenau"), x.entities().toString());
    }

    @Test void aGivenNameAloneIsAPerson() {
        Extraction x = run("Le soir venu, Norbert nous a raconté son voyage à travers les Alpes.");
        assertTrue(has(x, EntityType.PERSON, "Norbert"), x.entities().toString());
    }

    @Test void aSquareOrADistrictKeepsItsHead() {
        Extraction x = run("Le cortège a traversé la place Krottenau puis le quartier Vallorbex avant midi.");
        assertTrue(has(x, EntityType.PLACE, "place Krottenau"), x.entities().toString());
        assertTrue(has(x, EntityType.PLACE, "quartier Vallorbex"), x.entities().toString());
    }

    @Test void aNameAfterALowercaseInstitutionHeadIsAnOrganisation() {
        Extraction x = run("Hier, le comité Vallorbex a décidé de verser un don à la brasserie Krottenmeier.");
        assertTrue(has(x, EntityType.ORGANIZATION, "Vallorbex"), x.entities().toString());
        assertTrue(has(x, EntityType.ORGANIZATION, "Krottenmeier"), x.entities().toString());
    }
}
