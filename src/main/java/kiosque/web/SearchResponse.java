package kiosque.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;

/** The JSON body of {@code GET /api/search}; field names are the public API. */
public record SearchResponse(long total, @JsonProperty("took_ms") long tookMs, List<Hit> hits,
                             Map<String, List<FacetValue>> facets, String next) {
    public static SearchResponse of(SearchResult r) {
        return new SearchResponse(r.total(), r.tookMs(), r.hits(), r.facets(), r.next());
    }
}
