package kiosque.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the precision it was written with: a year, a month or a day.
 * Publication dates (the seed says only {@code 2020-03}) and dates mentioned in text
 * (« en 2019 », « mars 2020 », « le 4 mars ») all need that precision kept.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    /** month and day are 0 when unknown. */
    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("year out of range: " + year);
        if (month < 0 || month > 12) throw new IllegalArgumentException("month out of range: " + month);
        if (day != 0) {
            if (month == 0) throw new IllegalArgumentException("a day needs a month");
            if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())
                throw new IllegalArgumentException("day out of range: " + year + "-" + month + "-" + day);
        }
    }

    public static PartialDate ofYear(int year) { return new PartialDate(year, 0, 0); }
    public static PartialDate ofMonth(int year, int month) { return new PartialDate(year, month, 0); }
    public static PartialDate of(LocalDate d) { return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth()); }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; throws IllegalArgumentException saying what is wrong. */
    public static PartialDate parse(String text) {
        if (text == null) throw new IllegalArgumentException("no date");
        String t = text.strip();
        Matcher m = ISO.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): '" + t + "'");
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        try {
            return new PartialDate(y, mo, d);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date '" + t + "': " + e.getMessage());
        }
    }

    public enum Precision { YEAR, MONTH, DAY }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** First day covered: 2020-03 → 2020-03-01. */
    public LocalDate start() { return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)); }

    /** Last day covered: 2020-03 → 2020-03-31. */
    public LocalDate end() {
        if (day != 0) return start();
        if (month != 0) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, 12, 31);
    }

    /** YYYY-MM of this date, or null when only the year is known. */
    public String monthIso() { return month == 0 ? null : iso(year, month, 0); }

    public String iso() { return iso(year, month, day); }

    /** YYYY[-MM[-DD]] (year 1..9999 by construction), without String.format: indexing calls this for every date. */
    private static String iso(int year, int month, int day) {
        StringBuilder out = new StringBuilder(10);
        twoDigits(out, year / 100);
        twoDigits(out, year % 100);
        if (month != 0) twoDigits(out.append('-'), month);
        if (day != 0) twoDigits(out.append('-'), day);
        return out.toString();
    }

    private static void twoDigits(StringBuilder out, int n) {
        out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    @Override public String toString() { return iso(); }

    @Override public int compareTo(PartialDate o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : precision().compareTo(o.precision());
    }
}
