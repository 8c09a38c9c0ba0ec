package kiosque.search;

import java.util.List;
import kiosque.ingest.PartialDate;

/**
 * One search as a user asks it. Empty lists mean "no filter". Several values of one facet are OR-ed,
 * different facets are AND-ed.
 *
 * @param text      the query string (may be empty: then every article matches)
 * @param mentioned months or years mentioned in the text (« articles that mention 2020-03 »)
 * @param from      publication date lower bound, inclusive, at its precision (2020 = from 2020-01-01)
 * @param to        publication date upper bound, inclusive, at its precision (2020 = until 2020-12-31)
 * @param page      1-based page number (ignored when cursor is set)
 * @param cursor    opaque token from a previous {@link SearchResult#next()} for deep paging, or null
 * @param facets    the facet lists to answer with
 */
public record ArchiveQuery(String text, List<String> actors, List<String> orgs, List<String> places,
                           List<String> speakers, List<String> mentioned, PartialDate from, PartialDate to,
                           SortOrder sort, int page, int size, String cursor, FacetRequest facets) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 1000;

    public ArchiveQuery {
        text = text == null ? "" : text;
        actors = List.copyOf(actors);
        orgs = List.copyOf(orgs);
        places = List.copyOf(places);
        speakers = List.copyOf(speakers);
        mentioned = List.copyOf(mentioned);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        facets = facets == null ? FacetRequest.ALL : facets;
        if (size < 0 || size > MAX_SIZE) throw new BadQueryException("bad size", "size must be between 0 (counts and facets only) and " + MAX_SIZE + ", not " + size);
        if (page < 1 || page > MAX_PAGE) throw new BadQueryException("bad page", "page must be between 1 and " + MAX_PAGE + " (use the cursor to go deeper), not " + page);
        if (from != null && to != null && from.start().isAfter(to.end()))
            throw new BadQueryException("bad date range", "from " + from + " is after to " + to);
    }

    /** Every facet list, as the search page shows them. */
    public ArchiveQuery(String text, List<String> actors, List<String> orgs, List<String> places, List<String> speakers,
                        List<String> mentioned, PartialDate from, PartialDate to, SortOrder sort, int page, int size, String cursor) {
        this(text, actors, orgs, places, speakers, mentioned, from, to, sort, page, size, cursor, FacetRequest.ALL);
    }

    public static ArchiveQuery of(String text) {
        return new ArchiveQuery(text, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, SortOrder.RELEVANCE, 1, 10, null);
    }

    public ArchiveQuery withActors(List<String> a) { return new ArchiveQuery(text, a, orgs, places, speakers, mentioned, from, to, sort, page, size, cursor, facets); }
    public ArchiveQuery withOrgs(List<String> o) { return new ArchiveQuery(text, actors, o, places, speakers, mentioned, from, to, sort, page, size, cursor, facets); }
    public ArchiveQuery withPlaces(List<String> p) { return new ArchiveQuery(text, actors, orgs, p, speakers, mentioned, from, to, sort, page, size, cursor, facets); }
    public ArchiveQuery withSpeakers(List<String> s) { return new ArchiveQuery(text, actors, orgs, places, s, mentioned, from, to, sort, page, size, cursor, facets); }
    public ArchiveQuery withMentioned(List<String> m) { return new ArchiveQuery(text, actors, orgs, places, speakers, m, from, to, sort, page, size, cursor, facets); }
    public ArchiveQuery withDates(PartialDate f, PartialDate t) { return new ArchiveQuery(text, actors, orgs, places, speakers, mentioned, f, t, sort, page, size, cursor, facets); }
    public ArchiveQuery withSort(SortOrder s) { return new ArchiveQuery(text, actors, orgs, places, speakers, mentioned, from, to, s, page, size, cursor, facets); }
    public ArchiveQuery withPage(int p, int sz) { return new ArchiveQuery(text, actors, orgs, places, speakers, mentioned, from, to, sort, p, sz, cursor, facets); }
    public ArchiveQuery withCursor(String c) { return new ArchiveQuery(text, actors, orgs, places, speakers, mentioned, from, to, sort, page, size, c, facets); }
    public ArchiveQuery withFacets(FacetRequest f) { return new ArchiveQuery(text, actors, orgs, places, speakers, mentioned, from, to, sort, page, size, cursor, f); }
}
