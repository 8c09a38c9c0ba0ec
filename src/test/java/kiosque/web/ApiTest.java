package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API of a real server on a free port, over a real Lucene archive. */
class ApiTest {
    @TempDir static Path dir;
    static TestServer server;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll static void start() throws Exception {
        server = TestServer.start(dir, Fixtures.archive());
    }

    @AfterAll static void stop() throws Exception {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) throws Exception {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return JSON.readTree(r.body());
    }

    static JsonNode ok(String path) throws Exception {
        HttpResponse<String> r = server.get(path);
        assertEquals(200, r.statusCode(), path + " → " + r.body());
        return json(r);
    }

    static List<String> values(JsonNode facet) {
        List<String> out = new ArrayList<>();
        facet.forEach(v -> out.add(v.get("value").asText()));
        return out;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test void searchAnswersTheDocumentedShape() throws Exception {
        JsonNode r = ok("/api/search?q=negociation&size=5");
        assertEquals(17, r.get("total").asLong(), "three news articles, fourteen economy ones, one hostile");
        assertTrue(r.get("took_ms").isIntegralNumber());
        assertEquals(5, r.get("hits").size());
        for (JsonNode h : r.get("hits")) {
            for (String f : List.of("id", "title", "date", "url", "excerpts", "actors", "places", "orgs")) assertTrue(h.has(f), f + " in " + h);
            assertTrue(h.get("excerpts").isArray());
        }
        for (String f : List.of("actor", "org", "place", "year", "month")) assertTrue(r.get("facets").has(f), f);
        JsonNode first = r.get("facets").get("actor").get(0);
        assertTrue(first.has("value") && first.get("count").isIntegralNumber(), first.toString());
        assertTrue(r.get("next").isTextual(), "more pages: a cursor");
        List<String> months = values(r.get("facets").get("month"));
        assertEquals(months.stream().sorted().toList(), months, "months in chronological order");
    }

    @Test void facetsAndFacetSizeChooseTheLists() throws Exception {
        JsonNode all = ok("/api/search?q=negociation");
        JsonNode some = ok("/api/search?q=negociation&facets=actor,month&facet_size=1");
        List<String> names = new ArrayList<>();
        some.get("facets").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("actor", "month"), names);
        assertEquals(List.of(values(all.get("facets").get("actor")).get(0)), values(some.get("facets").get("actor")));
        assertEquals(all.get("facets").get("month"), some.get("facets").get("month"));
        assertEquals(all.get("hits"), ok("/api/search?q=negociation&facets=place&facets=org").get("hits"), "repeated names, same hits");
        JsonNode none = ok("/api/search?q=negociation&facets=none");
        assertEquals(0, none.get("facets").size());
        assertEquals(all.get("total"), none.get("total"));
        JsonNode unknown = json(server.get("/api/search?q=negociation&facets=actor,people"));
        assertEquals("unknown facet", unknown.get("error").asText());
        assertTrue(unknown.get("detail").asText().contains("'people'"), unknown.toString());
        assertTrue(json(server.get("/api/search?facet_size=0")).get("detail").asText().contains("facet_size"));
        assertTrue(json(server.get("/api/search?facet_size=ten")).get("detail").asText().contains("'ten'"));
        // A timeline or a facet panel alone: size=0 answers the count and the lists, no hits to read or excerpt.
        JsonNode counts = ok("/api/search?q=negociation&size=0&facets=actor,month");
        assertEquals(all.get("total"), counts.get("total"));
        assertEquals(0, counts.get("hits").size());
        assertTrue(counts.get("next").isNull());
        assertEquals(all.get("facets").get("month"), counts.get("facets").get("month"));
        // The page itself still shows articles; asked for none, it shows the count and the facets without paging.
        HttpResponse<String> page = server.get("/?q=negociation&size=0");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<strong>" + all.get("total").asInt() + "</strong>"), "the count is shown");
        assertFalse(page.body().contains("class=\"hit-title\""), "no article listed");
        assertFalse(page.body().contains("class=\"pagination\""), "nothing to page through");
        assertTrue(page.body().contains("facet-link"), "the facets are offered");
    }

    @Test void excerptsMarkTheMatchedWord() throws Exception {
        JsonNode r = ok("/api/search?q=" + enc("négociations Moscou"));
        assertEquals("moscou-1", r.get("hits").get(0).get("id").asText());
        assertTrue(r.get("hits").get(0).get("excerpts").toString().contains("<mark>négociations</mark>"), r.toString());
    }

    @Test void repeatedFilterValuesAreOrAndDifferentFacetsAreAnd() throws Exception {
        assertEquals(1, ok("/api/search?q=negociations&actor=" + enc("Emmanuel Macron")).get("total").asLong());
        assertEquals(2, ok("/api/search?q=negociations&actor=" + enc("Emmanuel Macron") + "&actor=" + enc("Recep Tayyip Erdogan")).get("total").asLong());
        assertEquals(1, ok("/api/search?actor=" + enc("Vladimir Poutine") + "&place=Paris").get("total").asLong());
        assertEquals(0, ok("/api/search?q=negociations&actor=Personne").get("total").asLong());
    }

    @Test void dateFiltersTakeYearsMonthsAndDays() throws Exception {
        assertEquals(1, ok("/api/search?q=negociations&from=2020-03&to=2020-03").get("total").asLong());
        assertEquals(14, ok("/api/search?q=negociations&from=2018&to=2018").get("total").asLong());
        assertEquals(1, ok("/api/search?q=negociations&from=2019-06-12&to=2019-06-12").get("total").asLong());
    }

    @Test void sortByDateAndCursorPaging() throws Exception {
        JsonNode newest = ok("/api/search?q=negociations&sort=-date&size=1");
        assertEquals(Fixtures.HOSTILE_ID, newest.get("hits").get(0).get("id").asText());
        JsonNode oldest = ok("/api/search?q=negociations&sort=date&size=1");
        assertEquals("2018-01-15", oldest.get("hits").get(0).get("date").asText());
        JsonNode second = ok("/api/search?q=negociations&sort=date&size=1&cursor=" + enc(oldest.get("next").asText()));
        assertNotEquals(oldest.get("hits").get(0).get("id"), second.get("hits").get(0).get("id"));
        assertEquals(second.get("hits").get(0).get("id"), ok("/api/search?q=negociations&sort=date&size=1&page=2").get("hits").get(0).get("id"));
    }

    @Test void articleCarriesItsExtraction() throws Exception {
        JsonNode a = ok("/api/articles/moscou-1");
        assertEquals("Sommet à Moscou sur la Syrie", a.get("title").asText());
        assertEquals("2020-03", a.get("date").asText());
        JsonNode erdogan = a.get("actors").get(0);
        assertEquals("Recep Tayyip Erdogan", erdogan.get("name").asText());
        assertEquals(2, erdogan.get("mentions").size());
        JsonNode m = erdogan.get("mentions").get(0);
        assertEquals("Recep Tayyip Erdogan", a.get("body").asText().substring(m.get("start").asInt(), m.get("end").asInt()));
        assertEquals("2020-03-04", a.get("dates").get(0).get("value").asText());
        assertEquals("Mercredi 4 mars", a.get("dates").get(0).get("text").asText());
        for (String f : List.of("text", "value", "start", "end")) assertTrue(a.get("dates").get(0).has(f));
        JsonNode q = a.get("quotes").get(0);
        assertEquals("Le cessez-le-feu doit tenir", q.get("text").asText());
        assertEquals("Recep Tayyip Erdogan", q.get("speaker").asText());
        assertTrue(a.get("orgs").toString().contains("Kremlin") && a.get("places").toString().contains("Moscou"));
    }

    @Test void speakerFilterKeepsOnlyTheirQuotes() throws Exception {
        assertEquals(2, ok("/api/articles/paris-2").get("quotes").size());
        JsonNode only = ok("/api/articles/paris-2?speaker=" + enc("Emmanuel Macron")).get("quotes");
        assertEquals(1, only.size());
        assertEquals("Rien n'est fait", only.get(0).get("text").asText());
    }

    @Test void articlesWhoseIdHoldsSlashesOpen() throws Exception {
        String id = Fixtures.ECONOMY_ID_PREFIX + "3";
        JsonNode found = ok("/api/search?q=" + enc("épisode 3"));
        assertEquals(id, found.get("hits").get(0).get("id").asText());
        String path = SearchUrls.article(id).replaceFirst("^/articles/", "/api/articles/");
        assertEquals("/api/articles/economie/2018/semaine%203", path);
        assertEquals("Économie, épisode 3", ok(path).get("title").asText());
        HttpResponse<String> page = server.get(SearchUrls.article(id));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Économie, épisode 3"));
        assertEquals(404, server.get("/api/articles/economie/2018").statusCode(), "a prefix of the id is no article");
    }

    @Test void unknownArticleIs404Json() throws Exception {
        HttpResponse<String> r = server.get("/api/articles/nope");
        assertEquals(404, r.statusCode());
        assertEquals("not found", json(r).get("error").asText());
        assertEquals(404, server.get("/api/nothing-here").statusCode());
        assertTrue(json(server.get("/api/nothing-here")).has("detail"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%22unclosed", "q=x&from=2020-13", "q=x&to=hier", "q=x&from=2020-02-30", "size=101", "size=-1", "size=abc",
            "page=0", "page=1000000000", "page=-3", "sort=popular", "from=2021&to=2020", "size=1&size=2",
            "mentioned=2020-03-04", "q=a%22b%22c%22"})
    void badRequestsAnswer400WithAReason(String query) throws Exception {
        HttpResponse<String> r = server.get("/api/search?" + query);
        assertEquals(400, r.statusCode(), query + " → " + r.body());
        JsonNode e = json(r);
        assertFalse(e.get("error").asText().isBlank());
        assertFalse(e.get("detail").asText().isBlank());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), "no stack trace: " + r.body());
    }

    @Test void brokenPercentEncodingIs400NotACrash() throws Exception {
        for (String target : List.of("/api/search?q=%ZZ", "/api/search?q=%C3%28", "/?q=%ZZ")) {
            RawHttp.Response r = RawHttp.get(server.server.port(), target);
            assertEquals(400, r.status(), target + " → " + r.head() + "\n" + r.body());
        }
    }

    @Test void badRequestsSayWhatWasWrong() throws Exception {
        assertEquals("unbalanced quotes", json(server.get("/api/search?q=%22unclosed")).get("error").asText());
        assertTrue(json(server.get("/api/search?size=500")).get("detail").asText().contains("100"));
        assertTrue(json(server.get("/api/search?from=2020-13")).get("detail").asText().contains("from"));
        assertTrue(json(server.get("/api/search?sort=popular")).get("detail").asText().contains("popular"));
    }
}
