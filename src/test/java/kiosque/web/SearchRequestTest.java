package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import kiosque.ingest.PartialDate;
import kiosque.search.BadQueryException;
import kiosque.search.SortOrder;
import org.junit.jupiter.api.Test;

/** URL parameters → search, and back to the same URL: what makes every view bookmarkable. */
class SearchRequestTest {

    @Test void readsRepeatedFiltersDatesSortAndPage() {
        SearchRequest r = SearchRequest.parse(RequestParams.parse(
                "q=cessez-le-feu&actor=Recep+Tayyip+Erdogan&actor=Vladimir%20Poutine&place=Idlib&from=2020-03&to=2020-03-31&sort=-date&page=2&size=20"));
        assertEquals("cessez-le-feu", r.q());
        assertEquals(List.of("Recep Tayyip Erdogan", "Vladimir Poutine"), r.actors());
        assertEquals(List.of("Idlib"), r.places());
        assertEquals(PartialDate.ofMonth(2020, 3), r.from());
        assertEquals(PartialDate.parse("2020-03-31"), r.to());
        assertEquals(SortOrder.DATE_DESC, r.sort());
        assertEquals(2, r.toArchiveQuery().page());
        assertEquals(20, r.toArchiveQuery().size());
    }

    @Test void theUrlItWritesReadsBackTheSame() {
        String url = "/?q=%22police+militaire%22+Saraqeb&actor=Recep+Tayyip+Erdo%C4%9Fan&org=Kremlin&place=Idlib&from=2020-03&to=2020-03&sort=date&size=20&page=3";
        SearchRequest r = SearchRequest.parse(RequestParams.parse(url.substring(2)));
        assertEquals(url, SearchUrls.of(r));
        assertEquals("Recep Tayyip Erdoğan", r.actors().getFirst());
    }

    @Test void facetLinksToggleAValueAndGoBackToPageOne() {
        SearchRequest r = SearchRequest.parse(RequestParams.parse("q=x&actor=A&page=4"));
        assertEquals("/?q=x&actor=A&actor=B", SearchUrls.of(r.toggle("actor", "B")));
        assertEquals("/?q=x", SearchUrls.of(r.toggle("actor", "A")));
    }

    @Test void emptyFormFieldsCountAsAbsent() {
        SearchRequest r = SearchRequest.parse(RequestParams.parse("q=&from=&to=&actor="));
        assertEquals("", r.q());
        assertNull(r.from());
        assertTrue(r.actors().isEmpty());
        assertFalse(r.hasFilters());
    }

    @Test void badInputSaysWhichParameter() {
        assertEquals("bad date", assertThrows(BadQueryException.class, () -> SearchRequest.parse(Map.of("to", List.of("2020-02-30")))).error());
        assertTrue(assertThrows(BadQueryException.class, () -> SearchRequest.parse(Map.of("page", List.of("deux"))).toArchiveQuery()).detail().contains("page"));
        assertTrue(assertThrows(BadQueryException.class, () -> SearchRequest.parse(Map.of("size", List.of("101"))).toArchiveQuery()).detail().contains("100"));
        assertEquals("unbalanced quotes", assertThrows(BadQueryException.class, () -> SearchRequest.parse(Map.of("q", List.of("\"a b")))).error());
        assertEquals("bad encoding", assertThrows(BadQueryException.class, () -> RequestParams.parse("q=%E9t%E9")).error(), "Latin-1 bytes are not UTF-8");
    }
}
