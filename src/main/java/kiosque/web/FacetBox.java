package kiosque.web;

import java.util.ArrayList;
import java.util.List;
import kiosque.search.FacetValue;

/**
 * One facet list of the search page. The first {@link #VISIBLE} values show at once, the rest behind a
 * « plus » disclosure (plain {@code <details>}: no script).
 */
public record FacetBox(String key, String label, List<Entry> visible, List<Entry> more) {

    /** @param href adds the value to the filter, or removes it when selected */
    public record Entry(String value, long count, String href, boolean selected) {}

    static final int VISIBLE = 8;

    static FacetBox of(String key, String label, List<FacetValue> values, SearchRequest request) {
        List<String> selected = request.filterValues(key);
        List<Entry> entries = new ArrayList<>();
        for (FacetValue v : values)
            entries.add(new Entry(v.value(), v.count(), SearchUrls.of(request.toggle(key, v.value())), selected.contains(v.value())));
        // a selected value with no hit left still needs its « remove » link
        for (String s : selected)
            if (values.stream().noneMatch(v -> v.value().equals(s)))
                entries.addFirst(new Entry(s, 0, SearchUrls.of(request.toggle(key, s)), true));
        int cut = Math.min(VISIBLE, entries.size());
        return new FacetBox(key, label, List.copyOf(entries.subList(0, cut)), List.copyOf(entries.subList(cut, entries.size())));
    }

    public boolean isEmpty() {
        return visible.isEmpty();
    }
}
