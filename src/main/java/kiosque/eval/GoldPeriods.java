package kiosque.eval;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The smallest year or month (ISO text) holding a TimeML period a PartialDate cannot express: weeks, week-ends, seasons. */
final class GoldPeriods {
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})(-WE)?");
    private static final Pattern SEASON = Pattern.compile("(\\d{4})-(SP|SU|FA|WI)");

    private GoldPeriods() {}

    static Optional<String> smallestHolder(String value) {
        if (value == null) return Optional.empty();
        Matcher w = WEEK.matcher(value);
        if (w.matches()) {
            LocalDate monday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2))).with(DayOfWeek.MONDAY);
            LocalDate from = w.group(3) == null ? monday : monday.plusDays(5), to = monday.plusDays(6);
            if (from.getMonth() == to.getMonth()) return Optional.of(String.format("%04d-%02d", from.getYear(), from.getMonthValue()));
            return from.getYear() == to.getYear() ? Optional.of(String.format("%04d", from.getYear())) : Optional.empty();
        }
        Matcher s = SEASON.matcher(value);
        // winter runs over two years: no year holds it
        if (s.matches() && !s.group(2).equals("WI")) return Optional.of(s.group(1));
        return Optional.empty();
    }
}
