package kiosque.search;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.index.ArchiveWriter;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Index, search, facets, excerpts and paging over a small archive written to disk. */
class LuceneArchiveTest {

    @TempDir static Path dir;
    static LuceneArchive archive;

    private static Entity person(String name) { return new Entity(EntityType.PERSON, name, List.of(new Mention(Section.BODY, 0, 1))); }
    private static Entity place(String name) { return new Entity(EntityType.PLACE, name, List.of(new Mention(Section.BODY, 0, 1))); }

    @BeforeAll static void build() throws Exception {
        try (ArchiveWriter w = ArchiveWriter.open(dir)) {
            w.add(new Article("syrie", "Erdogan veut un cessez-le-feu", "",
                    "Le président turc a évoqué les négociations à Moscou.\n\nUn cessez-le-feu immédiat est attendu à Idlib.",
                    PartialDate.parse("2020-03"), "https://example.org/a", null),
                    new Extraction(List.of(person("Recep Tayyip Erdogan"), person("Vladimir Poutine"), place("Idlib"), place("Moscou")),
                            List.of(new DateMention("mercredi 4 mars", PartialDate.parse("2020-03-04"), Section.BODY, 0, 5)),
                            List.of(new Quote("Les négociations doivent conduire à la paix", "Recep Tayyip Erdogan", Section.BODY, 0, 5))));
            w.add(new Article("turquie", "Ankara et la Syrie", "Un chapô sur Éric et l'économie.",
                    "Erdoğan a reçu des dirigeants européens pour parler d'économie.",
                    PartialDate.parse("2019-11-02"), null, null),
                    new Extraction(List.of(person("Recep Tayyip Erdoğan"), place("Ankara")), List.of(), List.of()));
            w.add(new Article("kremlin", "Poutine au Kremlin", "", "Poutine a parlé de la Syrie et de la Turquie.",
                    PartialDate.parse("2018-05-07"), null, null),
                    new Extraction(List.of(person("Poutine"), place("Moscou")), List.of(), List.of()));
            for (int i = 0; i < 25; i++) {
                w.add(new Article("sport-" + i, "Match numéro " + i, "", "Le football reprend ses droits au stade.",
                        PartialDate.parse("2017-0" + (1 + i % 9) + "-1" + (i % 9)), null, null), Extraction.EMPTY);
            }
            assertEquals(ArchiveWriter.Outcome.REPLACED, w.add(new Article("sport-0", "Match numéro 0", "",
                    "Le football reprend ses droits au stade.", PartialDate.parse("2017-01-10"), null, null), Extraction.EMPTY));
            w.commit();
        }
        archive = LuceneArchive.open(dir);
    }

    @AfterAll static void close() throws Exception { archive.close(); }

    private static SearchResult search(String q) { return archive.search(ArchiveQuery.of(q)); }

    @Test void replacingAnIdNeverDuplicates() {
        assertEquals(28, archive.size());
        assertEquals(1, search("\"numéro 0\"").total());
    }

    @Test void accentlessQueryFindsAccentedPluralWithMarkedExcerpt() {
        SearchResult r = search("negociation");
        assertEquals(1, r.total());
        Hit hit = r.hits().get(0);
        assertEquals("syrie", hit.id());
        assertTrue(hit.excerpts().stream().anyMatch(e -> e.contains("<mark>négociations</mark>")), hit.excerpts().toString());
    }

    @Test void hyphenatedWordMatchesAsPhraseAndDefaultOperatorIsAnd() {
        assertEquals(1, search("cessez-le-feu").total());
        assertEquals(1, search("cessez-le-feu Idlib").total());
        assertEquals(0, search("cessez-le-feu football").total());
        assertEquals(26, search("cessez-le-feu OR football").total());
        assertEquals(0, search("cessez-le-feu -Idlib").total());
    }

    @Test void fieldPrefixesAndFrenchQuotes() {
        assertEquals(1, search("titre:ankara").total());
        assertEquals(2, search("acteur:erdogan").total());
        assertEquals(1, search("« cessez-le-feu immédiat »").total());
        assertEquals(1, search("citation:paix").total());
    }

    @Test void misspeltWordStillFinds() {
        SearchResult r = search("negotiations");
        assertTrue(r.total() >= 1, "fuzzy fallback");
        assertEquals("syrie", r.hits().get(0).id());
    }


    @Test void prefixesAndFuzzyWordsAreComparedAsTheIndexHoldsTheWords() {
        // « attendu » and « immédiat » are indexed as atendu and imediat; « négociations » as its stem.
        assertEquals(List.of("syrie"), search("atten*").hits().stream().map(Hit::id).toList());
        assertEquals(List.of("syrie"), search("immé*").hits().stream().map(Hit::id).toList());
        assertEquals(List.of("syrie"), search("négociation*").hits().stream().map(Hit::id).toList());
        assertEquals(List.of("syrie"), search("imm?diat").hits().stream().map(Hit::id).toList());
        assertEquals(List.of("syrie"), search("immédiats~").hits().stream().map(Hit::id).toList());
        assertEquals(List.of("syrie"), search("citation:négociation*").hits().stream().map(Hit::id).toList());
        // Names are not stemmed: their prefixes are compared as spelt.
        assertEquals(List.of("syrie"), search("lieu:idl*").hits().stream().map(Hit::id).toList());
    }

    @Test void prefixAndFuzzyWordsAreMarkedInTheirExcerpts() {
        assertEquals(List.of("Le président turc a évoqué les <mark>négociations</mark> à Moscou. …"), search("négo*").hits().get(0).excerpts());
        assertEquals(List.of("Le président turc a évoqué les négociations à <mark>Moscou</mark>. …"), search("moscau~").hits().get(0).excerpts());
        // A phrase with a prefix word beside it: the phrase marked as one, the word beside it.
        assertEquals(List.of("… Un <mark>cessez-le-feu</mark> <mark>immédiat</mark> est attendu à Idlib."),
                search("cessez-le-feu imm*").hits().get(0).excerpts());
    }
    @Test void actorFacetMergesSpellingsAndSurnames() {
        SearchResult r = archive.search(ArchiveQuery.of(""));
        List<FacetValue> actors = r.facets().get("actor");
        assertEquals(2, actors.size(), actors.toString());
        assertTrue(actors.contains(new FacetValue("Vladimir Poutine", 2)), actors.toString());
        assertEquals(2, actors.stream().filter(f -> f.value().startsWith("Recep Tayyip Erdo")).findFirst().orElseThrow().count());
        // Filtering by the merged name finds every spelling; an unknown actor finds nothing.
        assertEquals(2, archive.search(ArchiveQuery.of("").withActors(List.of("Vladimir Poutine"))).total());
        assertEquals(2, archive.search(ArchiveQuery.of("").withActors(List.of("Recep Tayyip Erdogan"))).total());
        assertEquals(0, archive.search(ArchiveQuery.of("").withActors(List.of("Personne"))).total());
    }

    @Test void facetCountsIgnoreTheirOwnSelection() {
        SearchResult r = archive.search(ArchiveQuery.of("").withPlaces(List.of("Idlib")));
        assertEquals(1, r.total());
        Map<String, Long> places = r.facets().get("place").stream().collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
        assertEquals(2L, places.get("Moscou"), "place counts are drill-sideways");
        assertEquals(List.of(new FacetValue("2020-03", 1)), r.facets().get("month"));
        SearchResult both = archive.search(ArchiveQuery.of("").withPlaces(List.of("Idlib", "Ankara")));
        assertEquals(2, both.total(), "several values in one facet are OR-ed");
    }

    @Test void twoFilteredFacetsEachCountWithoutTheirOwnFilterOnly() {
        SearchResult r = archive.search(ArchiveQuery.of("").withActors(List.of("Vladimir Poutine")).withPlaces(List.of("Idlib")));
        assertEquals(1, r.total());
        Map<String, Long> places = r.facets().get("place").stream().collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
        assertEquals(Map.of("Idlib", 1L, "Moscou", 2L), places, "places: the actor filter only");
        Map<String, Long> actors = r.facets().get("actor").stream().collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
        assertEquals(Map.of("Vladimir Poutine", 1L, "Recep Tayyip Erdogan", 1L), actors, "actors: the place filter only");
        assertEquals(List.of(new FacetValue("2020-03", 1)), r.facets().get("month"), "other facets: both filters");
    }

    @Test void aWordFoundOnlyInTheTitleStillLetsTheBodyWordsBeMarked() {
        SearchResult r = search("kremlin parlé");
        assertEquals(1, r.total());
        assertEquals(List.of("Poutine a <mark>parlé</mark> de la Syrie et de la Turquie."), r.hits().get(0).excerpts());
    }

    @Test void excerptComesFromTheLedeWhenTheBodyHasNoMatch() {
        assertEquals(List.of("Un <mark>chapô</mark> sur Éric et l&#39;économie."), search("chapo").hits().get(0).excerpts());
        // Matches in both: the body's passages are shown.
        assertEquals(List.of("Erdoğan a reçu des dirigeants européens pour parler <mark>d&#39;économie</mark>."),
                search("economie").hits().get(0).excerpts());
    }

    @Test void monthsAreChronologicalAndDatesFilter() {
        List<FacetValue> months = search("football").facets().get("month");
        List<String> values = months.stream().map(FacetValue::value).toList();
        assertEquals(values.stream().sorted().toList(), values);
        assertEquals(1, archive.search(ArchiveQuery.of("").withDates(PartialDate.parse("2020"), null)).total());
        assertEquals(2, archive.search(ArchiveQuery.of("").withDates(PartialDate.parse("2018-05"), PartialDate.parse("2019-12-31"))).total());
        assertEquals(1, archive.search(ArchiveQuery.of("").withMentioned(List.of("2020-03"))).total());
        assertEquals(1, archive.search(ArchiveQuery.of("").withSpeakers(List.of("Recep Tayyip Erdogan"))).total());
    }

    @Test void sortByDateAndCursorWalkEverythingOnce() {
        ArchiveQuery q = ArchiveQuery.of("").withSort(SortOrder.DATE_DESC).withPage(1, 7);
        SearchResult first = archive.search(q);
        assertEquals("syrie", first.hits().get(0).id());
        java.util.Set<String> seen = new java.util.HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchResult r = archive.search(q.withCursor(cursor));
            r.hits().forEach(h -> assertTrue(seen.add(h.id()), "duplicate " + h.id()));
            cursor = r.next();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(28, seen.size());
        assertEquals(4, pages);
        assertEquals(archive.search(q.withPage(2, 7)).hits(), archive.search(q.withCursor(first.next())).hits());
    }

    @Test void badQueriesAreRejectedWithAReason() {
        BadQueryException e = assertThrows(BadQueryException.class, () -> search("\"unclosed"));
        assertEquals("unbalanced quotes", e.error());
        assertThrows(BadQueryException.class, () -> search("(a OR b"));
        assertThrows(BadQueryException.class, () -> search("*abc"));
        assertThrows(BadQueryException.class, () -> archive.search(ArchiveQuery.of("x").withCursor("garbage")));
        assertThrows(BadQueryException.class, () -> archive.search(ArchiveQuery.of("x").withMentioned(List.of("2020-13"))));
        assertThrows(BadQueryException.class, () -> ArchiveQuery.of("x").withPage(1, 101));
        assertEquals(0, search("Covid-19: le point").total(), "an unknown prefix is read as words, not an error");
    }

    @Test void articleComesBackWithItsExtraction() {
        var a = archive.article("syrie").orElseThrow();
        assertEquals("Erdogan veut un cessez-le-feu", a.article().title());
        assertEquals(PartialDate.parse("2020-03-04"), a.extraction().dates().get(0).value());
        assertEquals("Recep Tayyip Erdogan", a.extraction().quotes().get(0).speaker());
        assertTrue(archive.article("nope").isEmpty());
    }
}
