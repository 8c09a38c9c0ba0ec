package kiosque.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;
import org.junit.jupiter.api.Test;

/** The streaming writer of search answers must give clients byte for byte what the data-binding mapper gave them. */
class SearchResultJsonTest {

    @Test void writesWhatTheMapperWrites() throws Exception {
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("actor", List.of(new FacetValue("Recep Tayyip Erdoğan", 12), new FacetValue("« Jean \"JJ\" Dupont »", 1)));
        facets.put("org", List.of());
        facets.put("month", List.of(new FacetValue("2020-03", 4_000_000_000L)));
        Hit full = new Hit("a/1", "Titre <b>gras</b> \\ \u2028 😀", "2020-03-01", "https://exemple.fr/a?b=1&c=2",
                List.of("… un <mark>mot</mark> …", "\tligne\nsuivante"), List.of("Emmanuel Macron"), List.of("Paris"), List.of());
        Hit sparse = new Hit("b", null, null, null, List.of(), List.of(), List.of(), List.of());
        Hit nullLists = new Hit("c", "t", "2020", "u", null, null, null, null);
        for (SearchResult r : List.of(
                new SearchResult(2, 7, List.of(full, sparse, nullLists), facets, "curseur=="),
                new SearchResult(0, 0, List.of(), Map.of(), null),
                new SearchResult(1, 3, null, null, null))) {
            byte[] expected = Json.mapped(r), written = SearchResultJson.utf8(r);
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(written, StandardCharsets.UTF_8));
            assertEquals(true, Arrays.equals(expected, written), "same bytes");
        }
    }
}
