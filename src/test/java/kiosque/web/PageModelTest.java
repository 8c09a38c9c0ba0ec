package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import kiosque.search.FacetValue;
import org.junit.jupiter.api.Test;

/** The pieces of the pages that decide what a reader sees: safe links, excerpts, paragraphs, marks, timeline, pages. */
class PageModelTest {

    @Test void onlyHttpLinksBecomeLinks() {
        assertEquals("https://example.org/a?b=c", SafeUrl.linkable("https://example.org/a?b=c"));
        for (String bad : List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
                "data:text/html,<script>", "vbscript:x", "//evil.example/x", "/relative", "http://", "https:no-host"))
            assertNull(SafeUrl.linkable(bad), bad);
    }

    @Test void excerptsKeepOnlyMarkTags() {
        assertEquals("a <mark>b</mark> &lt;script&gt;", ExcerptHtml.clean("a <mark>b</mark> <script>"));
        assertEquals("&lt;mark onclick=x&gt;y", ExcerptHtml.clean("<mark onclick=x>y"));
        assertEquals("<mark>open</mark>", ExcerptHtml.clean("<mark>open"), "an unclosed mark cannot swallow the page");
        assertEquals("x&lt;/mark&gt;", ExcerptHtml.clean("x</mark>"));
    }

    @Test void shortLinesWithoutFinalPunctuationAreSubHeadings() {
        String body = "Un long paragraphe qui se termine par un point.\n\nL’imminence d’un cessez-le-feu?\n\nUn autre paragraphe, qui finit bien.";
        List<Paragraphs.Paragraph> ps = Paragraphs.of(body);
        assertEquals(List.of(false, true, false), ps.stream().map(Paragraphs.Paragraph::heading).toList());
        assertEquals("L’imminence d’un cessez-le-feu?", body.substring(ps.get(1).start(), ps.get(1).end()));
    }

    @Test void marksNeverLoseOrRepeatText() {
        String text = "Recep Tayyip Erdogan et Erdogan à Moscou";
        List<Segment> segs = Segments.of(text, List.of(
                new Span(0, 20, "person", "Recep Tayyip Erdogan", "/?actor=E"), new Span(6, 20, "person", "x", "/"),
                new Span(24, 31, "person", "Recep Tayyip Erdogan", "/?actor=E"), new Span(34, 40, "place", "Moscou", "/?place=Moscou"),
                new Span(30, 99, "place", "out of range", "/")));
        assertEquals(text, String.join("", segs.stream().map(Segment::text).toList()));
        assertEquals(List.of("Recep Tayyip Erdogan", "Erdogan", "Moscou"), segs.stream().filter(Segment::marked).map(Segment::text).toList());
        assertEquals("Recep Tayyip Erdogan", segs.get(2).label(), "a short mention carries the canonical name");
    }

    @Test void timelineFillsGapsAndLinksMonths() {
        SearchRequest r = SearchRequest.parse(Map.of("q", List.of("x")));
        Timeline t = Timeline.of(List.of(new FacetValue("2020-01", 4), new FacetValue("2020-04", 2)), r);
        assertEquals(List.of("2020-01", "2020-02", "2020-03", "2020-04"), t.bars().stream().map(Timeline.Bar::month).toList());
        assertEquals("/?q=x&from=2020-04&to=2020-04", t.bars().get(3).href());
        assertNull(t.bars().get(1).href(), "an empty month is not a link");
        assertEquals(2 * t.bars().get(3).h(), t.bars().get(0).h(), 1, "bar heights follow counts");
    }

    @Test void paginationShowsNeighboursAndEnds() {
        SearchRequest r = SearchRequest.parse(Map.of("q", List.of("x"), "page", List.of("7")));
        Pagination p = Pagination.of(r, 200);
        assertEquals(20, p.last());
        assertEquals(List.of(1, 0, 5, 6, 7, 8, 9, 0, 20), p.links().stream().map(Pagination.PageLink::number).toList());
        assertEquals("/?q=x&page=6", p.previousHref());
        assertNull(Pagination.of(r.withPage(20), 200).nextHref());
    }
}
