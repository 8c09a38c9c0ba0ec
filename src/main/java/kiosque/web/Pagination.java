package kiosque.web;

import java.util.ArrayList;
import java.util.List;
import kiosque.search.ArchiveQuery;

/** Page links around the current page: first, a window of neighbours, last; null hrefs where there is nowhere to go. */
public record Pagination(int current, int last, String previousHref, String nextHref, List<PageLink> links) {

    /** @param number 0 for an ellipsis */
    public record PageLink(int number, String href, boolean current) {}

    static final int WINDOW = 2;

    static Pagination of(SearchRequest r, long total) {
        // size=0 asks for counts and facets only: one page, nothing to page through.
        int last = r.size() == 0 ? 1 : (int) Math.min(ArchiveQuery.MAX_PAGE, Math.max(1, (total + r.size() - 1) / r.size()));
        int current = r.page();
        List<PageLink> links = new ArrayList<>();
        int prevShown = 0;
        for (int p = 1; p <= last; p++) {
            boolean shown = p == 1 || p == last || Math.abs(p - current) <= WINDOW;
            if (!shown) continue;
            if (p - prevShown > 1) links.add(new PageLink(0, null, false));
            links.add(new PageLink(p, SearchUrls.of(r.withPage(p)), p == current));
            prevShown = p;
        }
        return new Pagination(current, last,
                current > 1 ? SearchUrls.of(r.withPage(current - 1)) : null,
                current < last ? SearchUrls.of(r.withPage(current + 1)) : null, links);
    }

    public boolean needed() {
        return last > 1;
    }
}
