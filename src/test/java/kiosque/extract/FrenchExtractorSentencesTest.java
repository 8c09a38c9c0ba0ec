package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.Test;

/** General French sentences (written for this test) exercising the cues, dates and quotes. */
class FrenchExtractorSentencesTest {
    private static final FrenchExtractor EX = new FrenchExtractor();

    private static Extraction run(String body, String date) {
        return EX.extract(new Article("t", "", "", body, date == null ? null : PartialDate.parse(date), null, null));
    }

    @Test void selonAndTitlesAreNotPartOfNames() {
        Extraction x = run("Selon Anne Hidalgo, la maire de Paris, le projet avance. Mme Hidalgo l'a redit lundi.", "2019-10-07");
        List<String> people = x.names(EntityType.PERSON);
        assertEquals(List.of("Anne Hidalgo"), people);
        assertTrue(x.names(EntityType.PLACE).contains("Paris"));
        Entity e = x.entities().stream().filter(n -> n.name().equals("Anne Hidalgo")).findFirst().orElseThrow();
        assertEquals(2, e.mentions().size(), "« Hidalgo » after « Mme » is the same person");
    }

    @Test void aFeastNamedLikeAGivenNameIsNoPerson() {
        // « noël » is learnt from the corpus as a given name mostly read alone after a preposition (ambiguous-given-names.txt)
        Extraction x = run("Les familles se retrouveront à Noël. Les ventes ont chuté avant Noël, selon les commerçants.", "2019-12-02");
        assertEquals(List.of(), x.names(EntityType.PERSON));
        Extraction y = run("Noël Le Graët a annoncé sa décision lundi. Noël a ensuite quitté la salle.", "2019-12-02");
        assertEquals(List.of("Noël Le Graët"), y.names(EntityType.PERSON));
    }

    @Test void aCarMakerIsNoGivenName() {
        // « Audi Sport » and « Audi Sport GmbH » once made « audi » a given name, so « Audi RS 6 » read as a person
        Extraction x = run("La nouvelle Audi RS 6 Avant est présentée à Genève.", "2019-03-05");
        assertFalse(x.names(EntityType.PERSON).stream().anyMatch(n -> n.startsWith("Audi")), x.names(EntityType.PERSON).toString());
    }

    @Test void speakerAfterTheQuoteAndByPronoun() {
        Extraction x = run("Le ministre Jean Valjean était à Lyon. « Nous ne reculerons devant aucune menace », a affirmé Jean Valjean. "
                + "« Cette réforme sera menée à son terme sans délai », a-t-il ajouté.", "2019-10-07");
        assertEquals(2, x.quotes().size(), x.quotes().toString());
        for (Quote q : x.quotes()) assertEquals("Jean Valjean", q.speaker(), q.text());
    }

    @Test void theMediumOrPersonSpokenToIsNoSpeaker() {
        Extraction x = run("Le maire de Lyon, Gérard Castagnède, défend son projet. « Nous ne céderons rien sur ce dossier », "
                + "a-t-il déclaré à l'AFP. « Le chantier commencera au printemps prochain », a-t-il écrit sur Twitter. "
                + "« La ville a besoin de logements neufs », a confié au Parisien Gérard Castagnède. "
                + "Il a expliqué au micro de France Inter : « Ce projet est attendu depuis vingt ans ». "
                + "« Les travaux seront financés par la métropole », assure auprès de Mathilde Renaud un conseiller.", "2019-10-09");
        assertEquals(5, x.quotes().size(), x.quotes().toString());
        for (int i = 0; i < 4; i++) assertEquals("Gérard Castagnède", x.quotes().get(i).speaker(), x.quotes().get(i).text());
        assertNotEquals("Mathilde Renaud", x.quotes().get(4).speaker(), "the one spoken to is not the speaker");
    }

    @Test void aPartyBeforeTheSpeakerQualifiesThem() {
        Extraction x = run("Le débat s'est tendu. « Ce budget ne tient pas debout », a lancé le député Les Républicains Paul Sermier.", "2019-10-09");
        assertEquals("Paul Sermier", x.quotes().get(0).speaker());
    }

    @Test void speakerBeforeTheQuoteAndUnattributedQuote() {
        Extraction x = run("Mme Colette Dupuis a déclaré : « Nous allons porter plainte contre la société ». "
                + "Sur la banderole, on pouvait lire « non à la fermeture du site ».", "2019-10-07");
        assertEquals("Colette Dupuis", x.quotes().get(0).speaker());
        assertNull(x.quotes().get(1).speaker());
    }

    @Test void shortQuotationsAreNotQuotes() {
        assertTrue(run("Il parle d'une « erreur regrettable » du gouvernement.", "2019-10-07").quotes().isEmpty());
    }

    @Test void datesAbsoluteAndRelative() {
        // 2019-10-07 is a Monday
        Extraction x = run("Hier, la mairie a rappelé la prise de la Bastille le 14 juillet 1789. La loi votée en mars 2020 "
                + "remplace celle de l'an dernier. Mercredi dernier, la séance a été levée. Le conseil se réunira jeudi.", "2019-10-07");
        List<String> v = x.dates().stream().map(d -> d.text() + "=" + (d.value() == null ? null : d.value().iso())).toList();
        assertTrue(v.contains("Hier=2019-10-06"), v.toString());
        assertTrue(v.contains("le 14 juillet 1789=1789-07-14"), v.toString());
        assertTrue(v.contains("en mars 2020=2020-03"), v.toString());
        assertTrue(v.contains("l'an dernier=2018"), v.toString());
        assertTrue(v.contains("Mercredi dernier=2019-10-02"), v.toString());
        assertTrue(v.contains("jeudi=2019-10-10"), "future tense → next Thursday: " + v);
    }

    @Test void datesWithoutPublicationDateKeepOnlyWhatTheTextSays() {
        Extraction x = run("Le traité signé le 3 mai 1998 a été dénoncé hier.", null);
        assertEquals("1998-05-03", x.dates().get(0).value().iso());
        assertNull(x.dates().get(1).value());
    }

    @Test void noCommonWordsAmongActors() {
        Extraction x = run("Le gouvernement a reculé. Selon le texte, Monsieur le maire devra démissionner. Les Français sont partagés.", "2019-10-07");
        assertTrue(x.names(EntityType.PERSON).isEmpty(), x.names(EntityType.PERSON).toString());
        for (Entity e : x.entities()) assertFalse(List.of("Le", "Selon", "Monsieur", "Les").contains(e.name()), e.toString());
    }

    @Test void accentAndCaseVariantsShareOneKey() {
        assertEquals(ActorNames.normalizeKey("Recep Tayyip Erdogan"), ActorNames.normalizeKey("recep tayyip ERDOĞAN"));
        assertEquals(ActorNames.normalizeKey("Éric Zemmour"), ActorNames.normalizeKey("Eric Zemmour"));
        assertEquals("erdogan", ActorNames.surnameKey("Recep Tayyip Erdoğan"));
    }

    @Test void rolesBeforeAPlaceOrAPortfolioDoNotMakePeople() {
        Extraction x = run("Le préfet de Bretagne Michel Durand a reçu le ministre de l'Intérieur Christophe Castaner. "
                + "L'homme fort de Moscou a écrit au chef de l'État. Le ministère de la Santé a publié un bilan.", "2019-10-07");
        assertEquals(List.of("Michel Durand", "Christophe Castaner"), x.names(EntityType.PERSON));
        assertTrue(x.names(EntityType.PLACE).containsAll(List.of("Bretagne", "Moscou")), x.names(EntityType.PLACE).toString());
        assertEquals(List.of("ministère de la Santé"), x.names(EntityType.ORGANIZATION));
        for (Entity e : x.entities()) assertFalse(List.of("Intérieur", "État", "Santé").contains(e.name()), e.toString());
    }

    @Test void decomposedAccentsStayInsideTheWord() {
        // « Édouard » and « Ça » written with combining marks (E + U+0301, C + U+0327), as some pages do
        Extraction x = run("E\u0301douard Durand est arrivé. C\u0327a a commencé hier.", "2019-10-07");
        assertEquals(List.of("E\u0301douard Durand"), x.names(EntityType.PERSON));
    }

    @Test void lessCommonGivenNamesMakePeople() {
        Extraction x = run("Ludmila Kerbrat et Radovan Tessier ont visité l'usine de Gueugnon avec Gunther Ballot.", "2019-10-07");
        assertEquals(List.of("Ludmila Kerbrat", "Radovan Tessier", "Gunther Ballot"), x.names(EntityType.PERSON));
        assertFalse(x.names(EntityType.PERSON).stream().anyMatch(n -> n.contains("Gueugnon")));
    }

    @Test void fullWordTitlesAndParticles() {
        Extraction x = run("Le maréchal Lyautey a rencontré le général de Castelnau à Berne. Marion Maréchal était en Europe centrale.", "2019-10-07");
        List<String> people = x.names(EntityType.PERSON);
        assertTrue(people.contains("Lyautey"), people.toString());
        assertTrue(people.contains("de Castelnau"), people.toString());
        assertTrue(people.contains("Marion Maréchal"), "a title word inside a name is a surname: " + people);
        assertTrue(x.names(EntityType.PLACE).containsAll(List.of("Berne", "Europe centrale")), x.names(EntityType.PLACE).toString());
    }

    @Test void acronymAndFullNameAreOneOrganisation() {
        Extraction x = run("Les Républicains tiennent congrès. Selon un cadre de LR, interrogé par le JDD, "
                + "les Etats membres de l'UE hésitent.", "2019-10-07");
        List<String> orgs = x.names(EntityType.ORGANIZATION);
        assertTrue(orgs.contains("Les Républicains") && !orgs.contains("LR"), orgs.toString());
        assertTrue(orgs.contains("Le Journal du dimanche") && orgs.contains("Union européenne"), orgs.toString());
        assertFalse(x.names(EntityType.PLACE).contains("Etats"), x.names(EntityType.PLACE).toString());
    }

    @Test void capitalisedArticleStartsAName() {
        String body = "Le cambriolage a eu lieu lundi, rapporte Le Parisien.";
        Extraction x = run(body, "2019-10-07");
        Entity e = x.entities().stream().filter(n -> n.name().equals("Le Parisien")).findFirst().orElseThrow();
        Mention m = e.mentions().get(0);
        assertEquals("Le Parisien", body.substring(m.start(), m.end()), "« Le » is not the Roman numeral L");
    }

    @Test void romanNumeralsEndNamesButNameNothing() {
        Extraction x = run("Le roi Louis XIV reçut le pape. Le chapitre II décrit la cour de M. Colbert.", "2019-10-07");
        List<String> people = x.names(EntityType.PERSON);
        assertTrue(people.contains("Louis XIV"), people.toString());
        assertFalse(x.entities().stream().anyMatch(e -> e.name().equals("II")), x.entities().toString());
    }

    @Test void initialsBeforeASurnameMakeAPerson() {
        Extraction x = run("L'étape a été gagnée par P. Delacourt devant J. K. Morvan. Le plan B. Il reste la ligne C. Dupont.", "2019-10-07");
        List<String> people = x.names(EntityType.PERSON);
        assertTrue(people.containsAll(List.of("P. Delacourt", "J. K. Morvan")), people.toString());
        assertFalse(people.stream().anyMatch(p -> p.startsWith("B.") || p.startsWith("C.")), people.toString());
    }

    @Test void addressesAndNaturalFeaturesKeepTheirHead() {
        Extraction x = run("Le cortège est parti de la rue de la Roquette vers le boulevard Voltaire, loin de la mer Noire.", "2019-10-07");
        List<String> places = x.names(EntityType.PLACE);
        assertTrue(places.containsAll(List.of("rue de la Roquette", "boulevard Voltaire", "mer Noire")), places.toString());
    }

    @Test void capitalisedNounAndInstitutionalAdjectiveIsAnOrganisation() {
        Extraction x = run("Les pompiers ont alerté la Sécurité civile et la Protection civile ; le compte Twitter officiel a relayé.", "2019-10-07");
        List<String> orgs = x.names(EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("Sécurité civile", "Protection civile")), orgs.toString());
        assertFalse(orgs.stream().anyMatch(o -> o.contains("officiel")), orgs.toString());
    }

    @Test void productNamesAreNoPeople() {
        Extraction x = run("Le Zorbix 8T Pro Jaguar Edition sera vendu 900 euros, a annoncé Max Dufresne.", "2019-10-07");
        List<String> people = x.names(EntityType.PERSON);
        assertEquals(List.of("Max Dufresne"), people);
    }

    @Test void nationalTeamIsAnOrganisation() {
        Extraction x = run("L'équipe d'Italie a battu l'équipe de France à Lyon.", "2019-10-07");
        assertTrue(x.names(EntityType.ORGANIZATION).containsAll(List.of("équipe d'Italie", "équipe de France")), x.entities().toString());
        assertEquals(List.of("Lyon"), x.names(EntityType.PLACE));
    }

    @Test void longCapitalisedWordsAreNoAcronyms() {
        Extraction x = run("KERVADOUR\nLa CFDT et la CGT ont protesté.", "2019-10-07");
        List<String> orgs = x.names(EntityType.ORGANIZATION);
        assertTrue(orgs.containsAll(List.of("CFDT", "CGT")), orgs.toString());
        assertFalse(orgs.contains("KERVADOUR"), orgs.toString());
    }

    @Test void institutionKeepsItsSeat() {
        Extraction x = run("Les secouristes de la Protection civile du Var sont arrivés à Toulon.", "2019-10-07");
        assertTrue(x.names(EntityType.ORGANIZATION).contains("Protection civile du Var"), x.entities().toString());
        assertEquals(List.of("Toulon"), x.names(EntityType.PLACE));
    }

    @Test void acronymBeforeAPersonIsNoGivenName() {
        Extraction x = run("Le député LR Thibault Vernier a parlé à l'AFP Anouk Delorme, 26 ans.", "2019-10-07");
        List<String> people = x.names(EntityType.PERSON);
        assertTrue(people.containsAll(List.of("Thibault Vernier", "Anouk Delorme")), people.toString());
        assertTrue(x.names(EntityType.ORGANIZATION).containsAll(List.of("Les Républicains", "AFP")), x.entities().toString());
    }

    @Test void organisationWithItsDepartmentNumber() {
        Extraction x = run("Les pompiers du Sdis 83 et la Protection civile 06 sont intervenus.", "2019-10-07");
        assertTrue(x.names(EntityType.ORGANIZATION).containsAll(List.of("Sdis 83", "Protection civile 06")), x.entities().toString());
    }
}
