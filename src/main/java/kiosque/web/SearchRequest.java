package kiosque.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kiosque.ingest.PartialDate;
import kiosque.search.ArchiveQuery;
import kiosque.search.BadQueryException;
import kiosque.search.SortOrder;

/**
 * A search as it arrives in a URL ({@code /?q=…&actor=A&actor=B&from=2020-03…}), validated. The same record
 * drives the JSON API, the search page and every link the page draws, so the URL always holds the whole state.
 *
 * @param sortGiven whether the URL named a sort (the page sorts an empty query newest first by default)
 */
public record SearchRequest(String q, List<String> actors, List<String> orgs, List<String> places,
                            List<String> speakers, List<String> mentioned, PartialDate from, PartialDate to,
                            SortOrder sort, boolean sortGiven, int page, int size, String cursor) {

    public static final int DEFAULT_SIZE = 10;
    /** Longer queries are refused: nobody types them, and they only cost the server. */
    public static final int MAX_QUERY_CHARS = 1000;
    public static final int MAX_VALUES_PER_FILTER = 50;
    public static final int MAX_VALUE_CHARS = 200;

    public SearchRequest {
        q = q == null ? "" : q;
        actors = List.copyOf(actors);
        orgs = List.copyOf(orgs);
        places = List.copyOf(places);
        speakers = List.copyOf(speakers);
        mentioned = List.copyOf(mentioned);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
    }

    /** Reads query parameters (each name to all its values, in order); throws {@link BadQueryException} saying what is wrong. */
    public static SearchRequest parse(Map<String, List<String>> params) {
        String q = single(params, "q");
        if (q != null && q.length() > MAX_QUERY_CHARS)
            throw new BadQueryException("query too long", "q has " + q.length() + " characters; at most " + MAX_QUERY_CHARS + " are accepted");
        if (q != null) checkQuotes(q);
        String sortText = single(params, "sort");
        return new SearchRequest(q == null ? "" : q.strip(),
                values(params, "actor"), values(params, "org"), values(params, "place"),
                values(params, "speaker"), mentioned(values(params, "mentioned")),
                date(params, "from"), date(params, "to"),
                SortOrder.parse(sortText), sortText != null,
                number(params, "page", 1), number(params, "size", DEFAULT_SIZE), single(params, "cursor"));
    }

    /** The query the archive answers; its constructor checks page, size and the date range. */
    public ArchiveQuery toArchiveQuery() {
        return new ArchiveQuery(q, actors, orgs, places, speakers, mentioned, from, to, sort, page, size, cursor);
    }

    public SearchRequest withSort(SortOrder s) {
        return new SearchRequest(q, actors, orgs, places, speakers, mentioned, from, to, s, true, page, size, cursor);
    }

    /** The order used when the URL names none; not written back into links, so it never outlives its reason. */
    public SearchRequest withDefaultSort(SortOrder s) {
        return sortGiven ? this : new SearchRequest(q, actors, orgs, places, speakers, mentioned, from, to, s, false, page, size, cursor);
    }

    public SearchRequest withPage(int p) {
        return new SearchRequest(q, actors, orgs, places, speakers, mentioned, from, to, sort, sortGiven, p, size, null);
    }

    public SearchRequest withDates(PartialDate f, PartialDate t) {
        return new SearchRequest(q, actors, orgs, places, speakers, mentioned, f, t, sort, sortGiven, 1, size, null);
    }

    /** Adds the value to the facet's filter, or removes it when already there; back to page 1. */
    public SearchRequest toggle(String facet, String value) {
        List<String> a = actors, o = orgs, p = places, s = speakers, m = mentioned;
        switch (facet) {
            case "actor" -> a = toggled(actors, value);
            case "org" -> o = toggled(orgs, value);
            case "place" -> p = toggled(places, value);
            case "speaker" -> s = toggled(speakers, value);
            case "mentioned" -> m = toggled(mentioned, value);
            default -> throw new IllegalArgumentException("not a filter facet: " + facet);
        }
        return new SearchRequest(q, a, o, p, s, m, from, to, sort, sortGiven, 1, size, null);
    }

    public List<String> filterValues(String facet) {
        return switch (facet) {
            case "actor" -> actors;
            case "org" -> orgs;
            case "place" -> places;
            case "speaker" -> speakers;
            case "mentioned" -> mentioned;
            default -> List.of();
        };
    }

    public boolean hasFilters() {
        return !(actors.isEmpty() && orgs.isEmpty() && places.isEmpty() && speakers.isEmpty() && mentioned.isEmpty())
                || from != null || to != null;
    }

    private static List<String> toggled(List<String> list, String value) {
        List<String> out = new ArrayList<>(list);
        if (!out.remove(value)) out.add(value);
        return out;
    }

    /** Quotes must pair up: an unclosed phrase is almost always a typing slip, better said than guessed. */
    private static void checkQuotes(String q) {
        long quotes = q.chars().filter(c -> c == '"').count();
        if (quotes % 2 != 0)
            throw new BadQueryException("unbalanced quotes", "q has an opening \" without its closing \" (at character "
                    + (q.lastIndexOf('"') + 1) + ")");
    }

    /** One value at most; blank counts as absent (an empty form field); two different values are refused. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> given = params.getOrDefault(name, List.of()).stream().filter(v -> v != null && !v.isBlank()).distinct().toList();
        if (given.size() > 1)
            throw new BadQueryException("repeated parameter", name + " given " + given.size() + " times with different values; give it once");
        return given.isEmpty() ? null : given.getFirst();
    }

    private static List<String> values(Map<String, List<String>> params, String name) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String v : params.getOrDefault(name, List.of())) {
            if (v == null || v.isBlank()) continue;
            String s = v.strip();
            if (s.length() > MAX_VALUE_CHARS)
                throw new BadQueryException("value too long", name + " value has " + s.length() + " characters; at most " + MAX_VALUE_CHARS);
            out.add(s);
        }
        if (out.size() > MAX_VALUES_PER_FILTER)
            throw new BadQueryException("too many values", name + " given " + out.size() + " times; at most " + MAX_VALUES_PER_FILTER);
        return List.copyOf(out);
    }

    private static PartialDate date(Map<String, List<String>> params, String name) {
        String v = single(params, name);
        if (v == null) return null;
        try {
            return PartialDate.parse(v);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("bad date", name + ": " + e.getMessage());
        }
    }

    private static List<String> mentioned(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String v : raw) {
            PartialDate d;
            try {
                d = PartialDate.parse(v);
            } catch (IllegalArgumentException e) {
                throw new BadQueryException("bad date", "mentioned: " + e.getMessage());
            }
            if (d.precision() == PartialDate.Precision.DAY)
                throw new BadQueryException("bad date", "mentioned takes a year or a month (YYYY or YYYY-MM), not '" + v + "'");
            out.add(d.iso());
        }
        return out;
    }

    private static int number(Map<String, List<String>> params, String name, int dflt) {
        String v = single(params, name);
        if (v == null) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadQueryException("bad number", name + " must be a whole number, not '" + BadQueryException.abbreviate(v) + "'");
        }
    }
}
