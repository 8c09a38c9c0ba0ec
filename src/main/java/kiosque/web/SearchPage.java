package kiosque.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosque.ingest.PartialDate;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;
import kiosque.search.SortOrder;

/** Everything the search page draws, with every link already written from the request so the URL holds the state. */
public record SearchPage(SearchRequest request, long total, long tookMs, List<HitView> hits, List<FacetBox> facets,
                         FacetBox years, Timeline timeline, List<ActiveFilter> activeFilters, List<Choice> sorts,
                         Pagination pagination, List<Hidden> hidden, String clearHref) {

    public record HitView(String title, String href, String date, List<String> excerpts, List<Chip> actors, List<Chip> places) {}
    public record Chip(String name, String href, boolean selected) {}
    public record ActiveFilter(String label, String value, String removeHref) {}
    public record Choice(String label, String href, boolean selected) {}
    /** A filter carried by the search form, so typing a new query keeps the narrowing. */
    public record Hidden(String name, String value) {}

    static SearchPage of(SearchRequest r, SearchResult result) {
        Map<String, List<FacetValue>> f = result.facets();
        List<FacetBox> facets = new ArrayList<>();
        for (String[] kl : new String[][] {{"actor", "Personnes"}, {"place", "Lieux"}, {"org", "Organisations"}, {"speaker", "Cités"}}) {
            FacetBox box = FacetBox.of(kl[0], kl[1], f.getOrDefault(kl[0], List.of()), r);
            if (!box.isEmpty()) facets.add(box);
        }
        return new SearchPage(r, result.total(), result.tookMs(),
                result.hits().stream().map(h -> hit(h, r)).toList(), facets, years(f.getOrDefault("year", List.of()), r),
                Timeline.of(f.getOrDefault("month", List.of()), r), active(r), sorts(r),
                Pagination.of(r, result.total()), hidden(r), SearchUrls.of(SearchRequest.parse(r.q().isEmpty() ? Map.of() : Map.of("q", List.of(r.q())))));
    }

    public boolean hasQuery() {
        return !request.q().isEmpty() || request.hasFilters();
    }

    public String fromValue() {
        return request.from() == null ? "" : request.from().iso();
    }

    public String toValue() {
        return request.to() == null ? "" : request.to().iso();
    }

    private static HitView hit(Hit h, SearchRequest r) {
        List<Chip> actors = h.actors().stream().limit(6)
                .map(a -> new Chip(a, SearchUrls.of(r.toggle("actor", a)), r.actors().contains(a))).toList();
        List<Chip> places = h.places().stream().limit(4)
                .map(p -> new Chip(p, SearchUrls.of(r.toggle("place", p)), r.places().contains(p))).toList();
        String title = h.title() == null || h.title().isBlank() ? h.id() : h.title();
        return new HitView(title, SearchUrls.article(h.id()), FrenchDates.label(h.date()),
                h.excerpts().stream().map(ExcerptHtml::clean).toList(), actors, places);
    }

    private static FacetBox years(List<FacetValue> years, SearchRequest r) {
        List<FacetBox.Entry> entries = new ArrayList<>();
        for (FacetValue v : years) {
            PartialDate y;
            try {
                y = PartialDate.parse(v.value());
            } catch (IllegalArgumentException e) {
                continue;
            }
            boolean selected = y.equals(r.from()) && y.equals(r.to());
            entries.add(new FacetBox.Entry(v.value(), v.count(), SearchUrls.of(selected ? r.withDates(null, null) : r.withDates(y, y)), selected));
        }
        return new FacetBox("year", "Années", entries, List.of());
    }

    private static List<ActiveFilter> active(SearchRequest r) {
        List<ActiveFilter> out = new ArrayList<>();
        for (String[] kl : new String[][] {{"actor", "Personne"}, {"org", "Organisation"}, {"place", "Lieu"}, {"speaker", "Cité"}, {"mentioned", "Mentionne"}})
            for (String v : r.filterValues(kl[0]))
                out.add(new ActiveFilter(kl[1], v, SearchUrls.of(r.toggle(kl[0], v))));
        if (r.from() != null || r.to() != null)
            out.add(new ActiveFilter("Période", period(r.from(), r.to()), SearchUrls.of(r.withDates(null, null))));
        return out;
    }

    static String period(PartialDate from, PartialDate to) {
        if (from != null && from.equals(to)) return FrenchDates.label(from);
        if (from == null) return "jusqu’à " + FrenchDates.label(to);
        if (to == null) return "depuis " + FrenchDates.label(from);
        return FrenchDates.label(from) + " – " + FrenchDates.label(to);
    }

    private static List<Choice> sorts(SearchRequest r) {
        List<Choice> out = new ArrayList<>();
        for (SortOrder s : SortOrder.values()) {
            String label = switch (s) {
                case RELEVANCE -> "Pertinence";
                case DATE_DESC -> "Plus récents";
                case DATE_ASC -> "Plus anciens";
            };
            out.add(new Choice(label, SearchUrls.of(r.withSort(s).withPage(1)), s == r.sort()));
        }
        return out;
    }

    private static List<Hidden> hidden(SearchRequest r) {
        List<Hidden> out = new ArrayList<>();
        for (String k : List.of("actor", "org", "place", "speaker", "mentioned"))
            for (String v : r.filterValues(k)) out.add(new Hidden(k, v));
        if (r.sortGiven()) out.add(new Hidden("sort", r.sort().param()));
        if (r.size() != SearchRequest.DEFAULT_SIZE) out.add(new Hidden("size", Integer.toString(r.size())));
        return out;
    }
}
