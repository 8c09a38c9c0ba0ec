package kiosque.web;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.ingest.PartialDate;
import kiosque.search.FacetValue;

/**
 * The month histogram of a result list, laid out as SVG bars (coordinates computed here, so the page needs neither
 * script nor inline style). Months without hits between the first and the last are drawn empty: gaps are news too.
 */
public record Timeline(int width, int height, List<Bar> bars, List<Tick> ticks) {

    /** @param href filters on the month (from=to=YYYY-MM), or clears that filter when it is the current one */
    public record Bar(String month, long count, int x, int y, int w, int h, String href, String label, boolean selected) {}
    public record Tick(int x, String text) {}

    static final int CHART_HEIGHT = 120;
    static final int LABEL_HEIGHT = 18;
    /** Beyond this, gaps are no longer filled in (a century of empty months draws nothing useful). */
    static final int MAX_MONTHS = 600;
    /** Bars share about this many pixels (the chart scales down on narrow screens). */
    static final int TARGET_WIDTH = 720;
    /** Room right of the last bar so its label (left-aligned on the bar) is not cut. */
    static final int LABEL_ROOM = 40;
    /** Rough width of one 11px label character, in chart units. */
    static final int CHAR_WIDTH = 7;

    static Timeline of(List<FacetValue> months, SearchRequest request) {
        Map<YearMonth, Long> counts = new LinkedHashMap<>();
        for (FacetValue v : months) {
            try {
                PartialDate d = PartialDate.parse(v.value());
                if (d.month() != 0) counts.merge(YearMonth.of(d.year(), d.month()), v.count(), Long::sum);
            } catch (IllegalArgumentException ignored) {
                // a facet value that is not a month cannot be placed on the axis
            }
        }
        if (counts.isEmpty()) return null;
        List<YearMonth> axis = axis(counts);
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int barW = Math.clamp(TARGET_WIDTH / axis.size(), 4, 48);
        int gap = barW >= 12 ? Math.max(2, barW / 5) : 1;
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < axis.size(); i++) {
            YearMonth ym = axis.get(i);
            long c = counts.getOrDefault(ym, 0L);
            int h = c == 0 ? 0 : Math.max(2, (int) Math.round((CHART_HEIGHT - 4) * (double) c / max));
            int x = i * barW;
            PartialDate month = PartialDate.ofMonth(ym.getYear(), ym.getMonthValue());
            boolean selected = month.equals(request.from()) && month.equals(request.to());
            String href = c == 0 ? null : SearchUrls.of(selected ? request.withDates(null, null) : request.withDates(month, month));
            String label = FrenchDates.label(month) + " : " + c + (c > 1 ? " articles" : " article");
            bars.add(new Bar(month.iso(), c, x + gap / 2, CHART_HEIGHT - h, barW - gap, h, href, label, selected));
            if (axis.size() <= 12 || ym.getMonthValue() == 1 || i == 0)
                ticks.add(new Tick(x + gap / 2, axis.size() <= 12 ? FrenchDates.shortMonth(ym.getMonthValue()) + (i == 0 || ym.getMonthValue() == 1 ? " " + ym.getYear() : "") : Integer.toString(ym.getYear())));
        }
        return new Timeline(axis.size() * barW + LABEL_ROOM, CHART_HEIGHT + LABEL_HEIGHT, bars, thinned(ticks));
    }

    private static List<YearMonth> axis(Map<YearMonth, Long> counts) {
        YearMonth first = counts.keySet().stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = counts.keySet().stream().max(YearMonth::compareTo).orElseThrow();
        List<YearMonth> out = new ArrayList<>();
        if (first.until(last, java.time.temporal.ChronoUnit.MONTHS) >= MAX_MONTHS) {
            counts.keySet().stream().sorted().forEach(out::add);
            return out;
        }
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) out.add(m);
        return out;
    }

    /** Keeps tick labels from overprinting each other: the next label starts after the previous one's text. */
    private static List<Tick> thinned(List<Tick> ticks) {
        List<Tick> out = new ArrayList<>();
        int freeFrom = Integer.MIN_VALUE / 2;
        for (Tick t : ticks) {
            if (t.x() >= freeFrom) {
                out.add(t);
                freeFrom = t.x() + t.text().length() * CHAR_WIDTH + 8;
            }
        }
        return out;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public int labelY() {
        return CHART_HEIGHT + LABEL_HEIGHT - 4;
    }
}
