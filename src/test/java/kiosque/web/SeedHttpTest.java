package kiosque.web;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import kiosque.extract.Extraction;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue-2 checks on the seed article, through HTTP: the seed indexed with the real FrenchExtractor into a real
 * Lucene archive. Checks that need extracted people, places, dates or quotes are skipped (with a message) while the
 * extractor on this branch finds nothing; they run as soon as the extraction work is merged.
 */
class SeedHttpTest {
    @TempDir static Path dir;
    static TestServer server;
    static Extraction extraction;
    static final String SEED_ID = "000_ec6a9856f8f00feb";

    @BeforeAll static void start() throws Exception {
        Article seed = SeedArticle.read();
        extraction = new FrenchExtractor().extract(seed);
        server = TestServer.start(dir, Map.of(seed, extraction));
    }

    @AfterAll static void stop() throws Exception {
        server.close();
    }

    static void needsExtraction() {
        Assumptions.assumeFalse(extraction.entities().isEmpty(),
                "pending extraction: FrenchExtractor finds no entity in the seed on this branch (merge the extraction work)");
    }

    static List<String> facet(JsonNode r, String name) {
        return StreamSupport.stream(r.get("facets").get(name).spliterator(), false).map(v -> v.get("value").asText()).toList();
    }

    static boolean anyContains(List<String> values, String part) {
        return values.stream().anyMatch(v -> v.contains(part));
    }

    @Test void accentlessQueryFindsTheSeedWithAMarkedExcerpt() throws Exception {
        JsonNode r = ApiTest.json(server.get("/api/search?q=negociation"));
        assertEquals(SEED_ID, r.get("hits").get(0).get("id").asText());
        assertTrue(r.get("hits").get(0).get("excerpts").toString().contains("<mark>négociations</mark>"), r.toString());
        assertTrue(facet(r, "month").contains("2020-03"));
    }

    @Test void unknownActorFindsNothingAndUnclosedQuoteIs400() throws Exception {
        assertEquals(0, ApiTest.json(server.get("/api/search?q=cessez-le-feu&actor=Personne")).get("total").asLong());
        HttpResponse<String> bad = server.get("/api/search?q=%22unclosed");
        assertEquals(400, bad.statusCode());
        assertTrue(ApiTest.json(bad).has("error"));
    }

    @Test void searchPageShowsBoxResultAndMark() throws Exception {
        HttpResponse<String> r = server.get("/?q=Poutine");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        assertTrue(html.contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"Poutine\""), "search box keeps the query");
        assertTrue(html.contains("href=\"/articles/" + SEED_ID + "\""), "the seed is listed");
        assertTrue(html.contains("<mark>Poutine</mark>"), "an excerpt marks the word");
    }

    @Test void facetsNameTheActorsAndPlaces() throws Exception {
        needsExtraction();
        JsonNode r = ApiTest.json(server.get("/api/search?q=negociation"));
        List<String> actors = facet(r, "actor"), places = facet(r, "place");
        for (String who : List.of("Erdogan", "Poutine", "Trump")) assertTrue(anyContains(actors, who), who + " in " + actors);
        for (String where : List.of("Idlib", "Saraqeb", "Moscou")) assertTrue(places.contains(where), where + " in " + places);
    }

    @Test void filteringByTheErdoganFacetValueStillFindsTheSeed() throws Exception {
        needsExtraction();
        JsonNode r = ApiTest.json(server.get("/api/search?q=negociation"));
        String erdogan = facet(r, "actor").stream().filter(v -> v.contains("Erdogan")).findFirst().orElseThrow();
        JsonNode narrowed = ApiTest.json(server.get("/api/search?q=cessez-le-feu&actor=" + ApiTest.enc(erdogan)));
        assertEquals(1, narrowed.get("total").asLong());
    }

    @Test void articleListsDatesAndTheAttributedQuote() throws Exception {
        needsExtraction();
        JsonNode a = ApiTest.json(server.get("/api/articles/" + SEED_ID));
        List<String> dates = StreamSupport.stream(a.get("dates").spliterator(), false).map(d -> d.get("value").asText()).toList();
        assertTrue(dates.containsAll(List.of("2020-03-04", "2020-03-05")), dates.toString());
        JsonNode quote = StreamSupport.stream(a.get("quotes").spliterator(), false)
                .filter(q -> q.get("text").asText().equals("Les négociations à Moscou doivent conduire à un cessez-le-feu immédiat en Syrie"))
                .findFirst().orElseThrow(() -> new AssertionError("quote missing: " + a.get("quotes")));
        assertTrue(quote.get("speaker").asText().contains("Erdogan"), quote.toString());
    }

    @Test void articlePageMarksEntitiesWithLinksToTheirFacet() throws Exception {
        needsExtraction();
        String html = server.get("/articles/" + SEED_ID).body();
        assertTrue(html.matches("(?s).*<a href=\"/\\?actor=[^\"]*Erdogan\" class=\"ent ent-person\".*"), "Erdogan linked to his facet");
        assertTrue(html.contains("<a href=\"/?place=Idlib\" class=\"ent ent-place\""), "Idlib linked to its facet");
    }
}
