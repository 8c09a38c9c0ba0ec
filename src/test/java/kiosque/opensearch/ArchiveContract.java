package kiosque.opensearch;

import static kiosque.opensearch.ContractCorpus.SEED_ID;
import static org.junit.jupiter.api.Assertions.*;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosque.extract.DateMention;
import kiosque.extract.Quote;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import kiosque.search.Archive;
import kiosque.search.ArchiveQuery;
import kiosque.search.BadQueryException;
import kiosque.search.FacetRequest;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;
import kiosque.search.SortOrder;
import kiosque.search.StoredArticle;
import org.junit.jupiter.api.Test;

/**
 * What a user of the JSON API notices, checked on any {@link Archive}: the seed checks of the end-to-end issue and
 * corpus behaviours (accentless title search, multi-select facets, deep paging, the 400s). One subclass per backend.
 */
abstract class ArchiveContract {

    /** The seed article(s) alone. */
    abstract Archive seedArchive();

    /** The seeds and the corpus sample. */
    abstract Archive archive();

    SearchResult seedSearch(ArchiveQuery q) {
        return seedArchive().search(q);
    }

    static List<String> values(SearchResult r, String facet) {
        return r.facets().getOrDefault(facet, List.of()).stream().map(FacetValue::value).toList();
    }

    static long count(SearchResult r, String facet, String value) {
        return r.facets().get(facet).stream().filter(v -> v.value().equals(value)).mapToLong(FacetValue::count).findFirst().orElse(0);
    }

    SearchResult search(ArchiveQuery q) {
        return archive().search(q);
    }

    String erdogan() {
        return values(seedSearch(ArchiveQuery.of("negociation")), "actor").stream().filter(v -> v.contains("Erdogan")).findFirst().orElseThrow();
    }

    @Test void accentlessWordFindsTheSeedWithMarkedExcerptAndMonth() {
        SearchResult r = seedSearch(ArchiveQuery.of("negociation"));
        assertEquals(SEED_ID, r.hits().get(0).id());
        assertTrue(r.hits().get(0).excerpts().stream().anyMatch(e -> e.contains("<mark>négociations</mark>")), r.hits().get(0).excerpts().toString());
        assertTrue(values(r, "month").contains("2020-03"), values(r, "month").toString());
    }

    @Test void facetsNameTheActorsAndPlacesOfTheSeed() {
        SearchResult r = seedSearch(ArchiveQuery.of("negociation"));
        for (String who : List.of("Erdogan", "Poutine", "Trump"))
            assertTrue(values(r, "actor").stream().anyMatch(v -> v.contains(who)), who + " in " + values(r, "actor"));
        for (String where : List.of("Idlib", "Saraqeb", "Moscou"))
            assertTrue(values(r, "place").contains(where), where + " in " + values(r, "place"));
    }

    @Test void aPhraseNeverRunsFromOneNameIntoTheNext() {
        List<String> actors = values(seedSearch(ArchiveQuery.of("negociation")), "actor");
        assertTrue(actors.size() >= 2, actors.toString());
        assertEquals(1, seedSearch(ArchiveQuery.of("acteur:\"" + actors.get(0) + "\"")).total(), actors.get(0));
        for (String a : actors) {
            for (String b : actors) {
                String[] first = a.split(" "), second = b.split(" ");
                String phrase = first[first.length - 1] + " " + second[0];
                if (a.equals(b) || actors.stream().anyMatch(name -> name.contains(phrase))) continue;
                assertEquals(0, seedSearch(ArchiveQuery.of("acteur:\"" + phrase + "\"")).total(), "« " + phrase + " » across " + a + " and " + b);
            }
        }
    }

    /**
     * The same for quotes, with a slop: a stop word ending one quote or opening the next leaves a position behind it,
     * so an exact phrase could miss even with no gap. A pair is only tried when no single quote holds both words, and
     * each word must find the seed on its own (a stop word would not, and the phrase would then prove nothing).
     * Speakers have the same gap (the actor names' analyzer, checked above), and the seed has one speaker.
     */
    @Test void aSloppyPhraseNeverRunsFromOneQuoteIntoTheNext() {
        List<String> quotes = archive().article(SEED_ID).orElseThrow().extraction().quotes().stream().map(Quote::text).distinct().toList();
        assertTrue(quotes.size() >= 2, quotes.toString());
        int tried = 0;
        for (String a : quotes) {
            for (String b : quotes) {
                List<String> first = words(a), second = words(b);
                if (a.equals(b) || first.isEmpty() || second.isEmpty()) continue;
                String end = first.get(first.size() - 1), start = second.get(0);
                if (quotes.stream().map(ArchiveContract::words).anyMatch(w -> w.contains(end) && w.contains(start))) continue;
                for (String word : List.of(end, start)) assertEquals(1, seedSearch(ArchiveQuery.of("citation:" + word)).total(), "citation:" + word);
                assertEquals(0, seedSearch(ArchiveQuery.of("citation:\"" + end + " " + start + "\"~5")).total(),
                        "« " + end + " " + start + " »~5 across two quotes: " + a + " | " + b);
                tried++;
            }
        }
        assertTrue(tried > 0, "no pair of quotes to try: " + quotes);
    }

    /** The text's words of four letters or more, lower case and unaccented (most stop words are shorter). */
    static List<String> words(String text) {
        return java.util.Arrays.stream(fold(text).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).filter(w -> w.length() >= 4).toList();
    }

    @Test void actorFilterNarrowsToTheSeedAndAnUnknownActorToNothing() {
        SearchResult r = seedSearch(ArchiveQuery.of("cessez-le-feu").withActors(List.of(erdogan())));
        assertEquals(1, r.total());
        r = search(ArchiveQuery.of("cessez-le-feu").withActors(List.of(erdogan())));
        assertTrue(r.hits().stream().anyMatch(h -> h.id().equals(SEED_ID)), "seed among " + r.total() + " in the corpus");
        assertTrue(r.hits().stream().allMatch(h -> h.actors().contains(erdogan())), "every hit names " + erdogan());
        assertEquals(0, seedSearch(ArchiveQuery.of("cessez-le-feu").withActors(List.of("Personne"))).total());
    }

    @Test void seedArticleHasItsDatesAndTheAttributedQuote() {
        StoredArticle a = archive().article(SEED_ID).orElseThrow();
        List<String> dates = a.extraction().dates().stream().map(DateMention::value).filter(d -> d != null).map(PartialDate::iso).toList();
        assertTrue(dates.containsAll(List.of("2020-03-04", "2020-03-05")), dates.toString());
        Quote q = a.extraction().quotes().stream()
                .filter(x -> x.text().equals("Les négociations à Moscou doivent conduire à un cessez-le-feu immédiat en Syrie"))
                .findFirst().orElseThrow(() -> new AssertionError("quote missing: " + a.extraction().quotes()));
        assertTrue(q.speaker().contains("Erdogan"), q.toString());
        assertTrue(archive().article("no-such-article").isEmpty());
    }

    @Test void mentionedMonthAndSpeakerFindTheSeed() {
        assertTrue(ids(search(ArchiveQuery.of("").withMentioned(List.of("2020-03")).withPage(1, 100))).contains(SEED_ID));
        assertTrue(ids(search(ArchiveQuery.of("négociations").withSpeakers(List.of(erdogan())))).contains(SEED_ID));
    }

    @Test void badQueriesAreRefusedWithAReason() {
        for (String q : List.of("\"unclosed", "(syrie", "syrie)", "*tion"))
            assertThrows(BadQueryException.class, () -> search(ArchiveQuery.of(q)), q);
        assertThrows(BadQueryException.class, () -> search(ArchiveQuery.of("france").withCursor("not-a-cursor")));
        String dateCursor = search(ArchiveQuery.of("france").withSort(SortOrder.DATE_DESC)).next();
        assertNotNull(dateCursor);
        assertThrows(BadQueryException.class, () -> search(ArchiveQuery.of("france").withCursor(dateCursor)), "cursor of another sort");
    }

    @Test void queryLanguage() {
        long france = search(ArchiveQuery.of("france")).total();
        long both = search(ArchiveQuery.of("france europe")).total();
        long without = search(ArchiveQuery.of("france -europe")).total();
        long either = search(ArchiveQuery.of("france OR europe")).total();
        assertTrue(both > 0 && both < france && without == france - both && either > france, france + " " + both + " " + without + " " + either);
        assertTrue(ids(search(ArchiveQuery.of("« cessez-le-feu immédiat »"))).contains(SEED_ID));
        assertTrue(ids(search(ArchiveQuery.of("acteur:erdogan lieu:saraqeb"))).contains(SEED_ID));
        assertTrue(ids(search(ArchiveQuery.of("citation:négociations"))).contains(SEED_ID));
        assertEquals(search(ArchiveQuery.of("\"pays france\"")).total(), search(ArchiveQuery.of("pays:france")).total(), "unknown prefix read as words");
        assertTrue(ids(search(ArchiveQuery.of("négotiations idlib"))).contains(SEED_ID), "misspelling fallback");
        // Prefixes and fuzzy words as spelt reach words the stemmer indexes otherwise (imminence → iminenc).
        for (String q : List.of("immin* saraqeb", "imminences~ saraqeb", "négociation* saraqeb", "citation:négociation*"))
            assertTrue(ids(search(ArchiveQuery.of(q))).contains(SEED_ID), q);
    }

    @Test void accentlessTitleWordsFindTheArticleInTheTopTen() throws Exception {
        List<Article> accented = new ArrayList<>();
        for (ContractCorpus.Extracted e : ContractCorpus.articles()) {
            String t = e.article().title();
            if (!t.equals(fold(t)) && t.split("\\s+").length >= 4) accented.add(e.article());
            if (accented.size() == 40) break;
        }
        int found = 0;
        List<String> missed = new ArrayList<>();
        for (Article a : accented) {
            String q = fold(a.title()).replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("\\b(OR|AND|NOT)\\b", " ").strip();
            if (ids(search(ArchiveQuery.of(q))).contains(a.id())) found++;
            else missed.add(q);
        }
        assertTrue(found >= accented.size() * 9 / 10, found + "/" + accented.size() + " found; missed " + missed);
    }

    @Test void facetsAreMultiSelect() {
        SearchResult all = search(ArchiveQuery.of("france"));
        String a = all.facets().get("actor").get(0).value();
        String b = all.facets().get("actor").get(1).value();
        SearchResult one = search(ArchiveQuery.of("france").withActors(List.of(a)));
        assertEquals(count(all, "actor", a), one.total(), "the count shown is what the filter gives");
        assertEquals(all.facets().get("actor"), one.facets().get("actor"), "the actor facet ignores its own selection");
        SearchResult two = search(ArchiveQuery.of("france").withActors(List.of(a, b)));
        assertTrue(two.total() >= one.total() && two.total() <= count(all, "actor", a) + count(all, "actor", b), "OR within a facet");
        String place = one.facets().get("place").get(0).value();
        SearchResult across = search(ArchiveQuery.of("france").withActors(List.of(a)).withPlaces(List.of(place)));
        assertEquals(count(one, "place", place), across.total(), "AND across facets");
        assertTrue(across.facets().get("year").stream().mapToLong(FacetValue::count).sum() == across.total());
        List<String> months = values(all, "month");
        assertEquals(months.stream().sorted().toList(), months, "timeline in chronological order");
    }

    @Test void answersCarryOnlyTheFacetListsAskedFor() {
        SearchResult all = search(ArchiveQuery.of("france"));
        assertEquals(Set.copyOf(FacetRequest.DIMS), all.facets().keySet(), "every list by default");
        SearchResult some = search(ArchiveQuery.of("france").withActors(List.of(all.facets().get("actor").get(0).value()))
                .withFacets(new FacetRequest(Set.of("actor", "month"), 3)));
        assertEquals(Set.of("actor", "month"), some.facets().keySet());
        assertEquals(all.facets().get("actor").subList(0, 3), some.facets().get("actor"), "the same top values, three of them");
        SearchResult filteredAll = search(ArchiveQuery.of("france").withActors(List.of(all.facets().get("actor").get(0).value())));
        assertEquals(filteredAll.facets().get("month"), some.facets().get("month"), "dates are listed whole");
        SearchResult none = search(ArchiveQuery.of("france").withFacets(FacetRequest.NONE));
        assertEquals(Set.of(), none.facets().keySet());
        assertEquals(all.total(), none.total());
        assertEquals(ids(all), ids(none), "the same hits without facets");
    }

    @Test void sizeZeroAnswersTheCountAndTheFacetsAlone() {
        SearchResult all = search(ArchiveQuery.of("france"));
        for (SearchResult counts : List.of(search(ArchiveQuery.of("france").withPage(1, 0)),
                search(ArchiveQuery.of("france").withPage(1, 0).withSort(SortOrder.DATE_DESC)))) {
            assertEquals(all.total(), counts.total());
            assertEquals(List.of(), counts.hits());
            assertNull(counts.next(), "nothing to page through");
            assertEquals(all.facets(), counts.facets());
        }
    }

    @Test void cursorPagingWalksTheWholeListInOrder() {
        ArchiveQuery q = ArchiveQuery.of("france").withSort(SortOrder.DATE_DESC).withPage(1, 20);
        List<String> byPage = new ArrayList<>(), byCursor = new ArrayList<>();
        for (int p = 1; p <= 4; p++) byPage.addAll(ids(search(q.withPage(p, 20))));
        SearchResult r = search(q);
        byCursor.addAll(ids(r));
        List<String> dates = new ArrayList<>(r.hits().stream().map(Hit::date).toList());
        for (int i = 1; i < 4; i++) {
            r = search(q.withCursor(r.next()));
            byCursor.addAll(ids(r));
            r.hits().forEach(h -> dates.add(h.date()));
        }
        assertEquals(byPage, byCursor);
        assertEquals(80, new HashSet<>(byCursor).size());
        for (int i = 1; i < dates.size(); i++) assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, dates.toString());
        Set<String> relevance = new HashSet<>();
        ArchiveQuery rq = ArchiveQuery.of("syrie OR turquie OR iran").withPage(1, 7);
        SearchResult rr = search(rq);
        long total = rr.total();
        while (true) {
            relevance.addAll(ids(rr));
            if (rr.next() == null) break;
            rr = search(rq.withCursor(rr.next()));
        }
        assertEquals(total, relevance.size(), "every relevance-sorted hit once");
    }

    @Test void dateFilterAndSort() {
        SearchResult r = search(ArchiveQuery.of("").withDates(PartialDate.parse("2020-03"), PartialDate.parse("2020-03")).withPage(1, 100));
        assertTrue(r.total() > 0);
        assertTrue(r.hits().stream().allMatch(h -> h.date().startsWith("2020-03")), ids(r).toString());
        SearchResult oldest = search(ArchiveQuery.of("").withSort(SortOrder.DATE_ASC));
        SearchResult newest = search(ArchiveQuery.of("").withSort(SortOrder.DATE_DESC));
        assertTrue(oldest.hits().get(0).date().compareTo(newest.hits().get(0).date()) < 0);
        assertEquals(archive().size(), newest.total());
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(Hit::id).toList();
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
