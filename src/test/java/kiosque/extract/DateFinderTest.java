package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.Test;

/** Date rules on sentences written for this test; 2019-10-09 is a Wednesday. */
class DateFinderTest {
    private static final DateFinder F = new DateFinder();

    private static List<String> found(String text, String reference) {
        return F.find(text, Section.BODY, reference == null ? null : PartialDate.parse(reference)).stream()
                .map(d -> d.text() + "=" + (d.value() == null ? null : d.value().iso())).toList();
    }

    @Test void seedStyleDatesKeepTheirDay() {
        List<String> v = found("Les deux dirigeants se sont parlé mercredi 4 mars. Le jeudi 5 mars, ils se verront.", "2020-03");
        assertTrue(v.contains("mercredi 4 mars=2020-03-04"), v.toString());
        assertTrue(v.contains("Le jeudi 5 mars=2020-03-05"), v.toString());
    }

    @Test void yearsBeforeACommaAndAfterA() {
        List<String> v = found("En 2015, la ville a grandi. Il a dirigé le club de 2004 à 2011, puis en 1998, il est parti.", "2019-10-09");
        assertEquals(List.of("En 2015=2015", "2004=2004", "2011=2011", "en 1998=1998"), v);
    }

    @Test void dernierAndProchainChooseTheYear() {
        List<String> v = found("Le texte adopté le 12 novembre dernier sera revu en décembre dernier, pardon, en janvier prochain.", "2019-10-09");
        assertTrue(v.contains("le 12 novembre dernier=2018-11-12"), v.toString());
        assertTrue(v.contains("en janvier prochain=2020-01"), v.toString());
    }

    @Test void anArticleWithoutPublicationDateKeepsItsMentionsWithoutGuessingAYear() {
        // a day without a year once threw (an int in a ternary unboxed a null year)
        List<String> v = found("Le 15 mai, il est venu. Le 3 juin 2018, il est reparti. Hier, rien.", null);
        assertEquals(List.of("Le 15 mai=null", "Le 3 juin 2018=2018-06-03", "Hier=null"), v);
    }

    @Test void aDayWithoutYearIsTheNearestOne() {
        // written in February: a September day is last year's
        assertEquals(List.of("2 septembre=2018-09-02"), found("Depuis les inondations du 2 septembre, rien n'a bougé.", "2019-02-10"));
    }

    @Test void agoAndAnchoredDays() {
        List<String> v = found("Il est arrivé il y a trois mois. Le 3 juin, il a signé ; le lendemain matin, il est reparti. Il y a dix jours, tout a changé.", "2019-10-09");
        assertTrue(v.contains("il y a trois mois=2019-07"), v.toString());
        assertTrue(v.contains("le lendemain matin=2019-06-04"), v.toString());
        assertTrue(v.contains("Il y a dix jours=2019-09-29"), v.toString());
        assertTrue(found("La veille du match, il pleuvait.", "2019-10-09").isEmpty(), "« la veille de X » counts from X");
    }

    @Test void weekdayTenseFromTheNearestVerb() {
        List<String> v = found("Après les heurts qui ont éclaté samedi, le ministre devrait s'exprimer. Le conseil se réunira vendredi.", "2019-10-09");
        assertTrue(v.contains("samedi=2019-10-05"), v.toString());
        assertTrue(v.contains("vendredi=2019-10-11"), v.toString());
        assertTrue(found("Depuis lundi, le port du casque est obligatoire et le sera encore.", "2019-10-09").contains("lundi=2019-10-07"));
    }

    @Test void habitualAndAnaphoricWeekdaysAreNoDates() {
        assertTrue(found("Le marché se tient le mardi, sauf en cas de pluie.", "2019-10-09").isEmpty());
        assertTrue(found("Ils se sont revus le dimanche suivant.", "2019-10-09").isEmpty());
    }

    @Test void listsSeasonsDecadesAndPairs() {
        List<String> v = found("Les votes auront lieu les 8 et 15 mars prochains. Cet été, le club a fêté la saison 2018/2019 ; dans les années 1980, rien de tel.", "2019-10-09");
        assertTrue(v.contains("les 8=2020-03-08"), v.toString());
        assertTrue(v.contains("15 mars prochains=2020-03-15"), v.toString());
        assertTrue(v.contains("Cet été=2019"), v.toString());
        assertTrue(v.contains("2018=2018") && v.contains("2019=2019"), v.toString());
        assertTrue(v.contains("les années 1980=null"), v.toString());
        assertFalse(found("Il a été élu.", "2019-10-09").stream().anyMatch(s -> s.startsWith("été")));
        assertTrue(found("La foule s'est massée au Champ-de-Mars. Mars est une planète.", "2019-10-09").isEmpty());
    }

    @Test void todayWithItsWeekday() {
        assertEquals(List.of("aujourd'hui mercredi=2019-10-09"), found("L'annonce sera faite aujourd'hui mercredi.", "2019-10-09"));
    }
}
