package kiosque.web;

import kiosque.ingest.PartialDate;

/** Dates as a French reader writes them, at the precision known: « 2020 », « mars 2020 », « 4 mars 2020 ». */
final class FrenchDates {
    private static final String[] MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre"};

    private FrenchDates() {}

    static String label(PartialDate d) {
        if (d == null) return "";
        return switch (d.precision()) {
            case YEAR -> Integer.toString(d.year());
            case MONTH -> MONTHS[d.month() - 1] + " " + d.year();
            case DAY -> (d.day() == 1 ? "1er" : Integer.toString(d.day())) + " " + MONTHS[d.month() - 1] + " " + d.year();
        };
    }

    /** Label for an ISO date string from the archive; anything unparsable is shown as it came. */
    static String label(String iso) {
        if (iso == null || iso.isBlank()) return "";
        try {
            return label(PartialDate.parse(iso));
        } catch (IllegalArgumentException e) {
            return iso;
        }
    }

    static String shortMonth(int month) {
        String m = MONTHS[month - 1];
        return m.length() <= 4 ? m : m.substring(0, 3) + ".";
    }
}
