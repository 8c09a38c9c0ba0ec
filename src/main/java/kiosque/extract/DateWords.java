package kiosque.extract;

import java.util.Set;

/** French month and weekday names. */
final class DateWords {
    private DateWords() {}

    private static final Set<String> MONTHS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre");

    static boolean isMonth(String lower) { return MONTHS.contains(lower); }
}
