package kiosque.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The answer to an {@link ArchiveQuery}.
 *
 * @param facets keyed actor, org, place, year, month, mentioned, speaker; months and years in chronological
 *               order, the others by decreasing count
 * @param next   cursor for the page after this one, or null on the last page
 */
public record SearchResult(long total, @JsonProperty("took_ms") long tookMs, List<Hit> hits, Map<String, List<FacetValue>> facets, String next) {}
