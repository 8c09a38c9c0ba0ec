package kiosque.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.ingest.PartialDate;

/**
 * Finds dates written in French text and resolves them against the publication date, at the precision
 * the text expresses: « 14 juillet 1789 », « mardi 4 mars », « mars 2020 », « en 2019 », « hier »,
 * « la semaine dernière », « l'an dernier ». Thread-safe (patterns only).
 */
public final class DateFinder {
    private static final String MONTH = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private static final String DAY = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String DET = "(?:(?:le|ce|cette|l['’])\\s*)?";
    private static final String PART = "(?:\\s+(?:matin|soir|midi|après-midi|apres-midi|dans la (?:matinée|soirée|nuit)))?";
    private static final String EDGE = "(?:(?:début|fin|mi|courant)[\\s-]+(?:d['’]|de\\s+)?)?";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("février", 2),
            Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6),
            Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9),
            Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12));
    private static final List<String> DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    private static final Pattern DATES = Pattern.compile(
            // 1: day month [year]: « mercredi 4 mars », « le 1er mai 2019 »
            "(?<dm>" + DET + "(?:(?<dmw>" + DAY + ")\\s+)?(?<dmd>1er|[12]\\d|3[01]|0?[1-9])\\s+(?<dmm>" + MONTH + ")(?:\\s+(?<dmy>1[5-9]\\d\\d|20\\d\\d))?" + PART + ")"
            // 2: numeric dd/mm/yyyy
            + "|(?<num>(?<nd>[0-3]?\\d)[/.](?<nm>[01]?\\d)[/.](?<ny>(?:19|20)\\d\\d))"
            // 3: month year: « mars 2020 », « fin mars 2020 », « en mars 2020 »
            + "|(?<my>(?:en\\s+)?" + EDGE + "(?:(?:le\\s+)?mois\\s+d['’]|de\\s+)?(?<mym>" + MONTH + ")\\s+(?<myy>1[5-9]\\d\\d|20\\d\\d))"
            // 4: month alone after en / début / fin / mois de: « en mars »
            + "|(?<mo>(?:en\\s+|(?:début|fin|mi|courant)[\\s-]+(?:d['’]|de\\s+)?|(?:le\\s+)?mois\\s+d['’]|(?:le\\s+)?mois\\s+de\\s+)(?<mom>" + MONTH + "))(?![\\p{L}\\d])"
            // 5: seasons and years: « l'été 2018 », « en 2019 », « l'année 2017 »
            + "|(?<yr>(?:(?:en|l['’]an(?:née)?|année|(?:l['’]|cet\\s+|le\\s+|au\\s+)?(?:été|hiver|automne|printemps)|début|fin|mi)[\\s-]+)(?<yry>1[5-9]\\d\\d|20\\d\\d))(?![\\d,])"
            // 6: relative words
            + "|(?<rel>aujourd['’]hui|avant-hier|après-demain|hier|demain|ce\\s+matin|ce\\s+soir|cette\\s+nuit|cet\\s+après-midi)"
            // 7: weekday, with its determiner, day part and dernier/prochain
            + "|(?<wd>" + DET + "(?<wdw>" + DAY + ")" + PART + "(?:\\s+(?<wdr>dernier|prochain|passé))?)"
            // 8: week, month, year relative to now
            + "|(?<rw>(?:la|cette|le|ce|l['’])\\s*(?<rwu>semaine|mois|week-end|an|année)(?:-ci)?(?:\\s+(?<rwr>dernière|dernier|passée|passé|prochaine|prochain|précédente|précédent|suivante|suivant))?)(?![\\p{L}-])"
            // 9: a bare year with a preposition before it
            + "|(?<=\\b(?:depuis|dès|avant|après|jusqu['’]en|de|à|et|entre|d['’]ici)\\s)(?<by>1[89]\\d\\d|20\\d\\d)(?![\\d,.]\\d|\\s*(?:€|euros?|habitants|personnes|km|m\\b|kg|tonnes|mètres|dollars))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String STARTS = "lcedfmahjvspo";

    /** Every word a date expression can start with: the big pattern is only tried there. */
    private static final java.util.Set<String> FIRST_WORDS = java.util.Set.of("le", "la", "ce", "cet", "cette", "l", "en",
            "début", "fin", "mi", "courant", "mois", "de", "au", "année", "an", "été", "hiver", "automne", "printemps",
            "aujourd", "avant", "après", "hier", "demain", "janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /** The lower-cased letters from {@code pos} to the first non-letter (at most 12, longer words are no date starts). */
    private static String firstWord(String text, int pos) {
        int e = pos;
        while (e < text.length() && Character.isLetter(text.charAt(e))) if (++e - pos > 12) return "";
        return text.substring(pos, e).toLowerCase(Locale.ROOT);
    }

    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:sera|seront|aura|auront|va|vont|devra|devront|devrait|doit|doivent|prochain|prochaine|\\p{L}+(?:era|eront|ira|iront|ra|ront))\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Dates mentioned in {@code text}; {@code reference} is the publication date (may be null or partial). */
    public List<DateMention> find(String text, Section section, PartialDate reference) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATES.matcher(text);
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        // a date starts at a word start with one of these letters or a digit: trying only there is much faster
        for (int pos = 0; pos < n; pos++) {
            char c = text.charAt(pos);
            if (!Character.isLetterOrDigit(c) || pos > 0 && Character.isLetterOrDigit(text.charAt(pos - 1))) continue;
            if (!Character.isDigit(c) && (STARTS.indexOf(Character.toLowerCase(c)) < 0 || !FIRST_WORDS.contains(firstWord(text, pos)))) continue;
            m.region(pos, n);
            if (!m.lookingAt()) continue;
            String which = group(m);
            // a relative « ce mois » that only counts a duration (« mois de prison ») is filtered by the pattern's determiners
            PartialDate value = resolve(m, which, reference, text);
            if (which == null) continue;
            String span = m.group(which);
            int s = m.start(which), e = m.end(which);
            if (which.equals("rw") && m.group("rwr") == null && !startsWithThis(span)) continue; // « le mois » alone is not a date
            if (which.equals("wd") && habitual(text, s)) continue;
            out.add(new DateMention(span, value, section, s, e));
            pos = Math.max(pos, e - 1);
        }
        return out;
    }

    private static boolean startsWithThis(String span) {
        String l = span.toLowerCase(Locale.ROOT);
        return l.startsWith("ce") || l.startsWith("cette");
    }

    /** « le vendredi » without a date or qualifier is habitual (every Friday), per the annotation guidelines. */
    private static boolean habitual(String text, int s) {
        String before = text.substring(Math.max(0, s - 12), s).toLowerCase(Locale.ROOT);
        String here = text.substring(s, Math.min(text.length(), s + 4)).toLowerCase(Locale.ROOT);
        return here.startsWith("le ") && (before.endsWith("tous ") || before.endsWith("chaque ")) || here.startsWith("les");
    }

    private static String group(Matcher m) {
        for (String g : List.of("dm", "num", "my", "mo", "yr", "rel", "wd", "rw", "by")) if (m.group(g) != null) return g;
        return null;
    }

    private static PartialDate resolve(Matcher m, String which, PartialDate ref, String text) {
        if (which == null) return null;
        try {
            switch (which) {
                case "dm": {
                    int month = MONTHS.get(m.group("dmm").toLowerCase(Locale.ROOT));
                    String d = m.group("dmd");
                    int day = d.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(d);
                    Integer year = m.group("dmy") != null ? Integer.valueOf(m.group("dmy")) : yearFor(month, ref);
                    return year == null ? null : new PartialDate(year, month, day);
                }
                case "num":
                    return new PartialDate(Integer.parseInt(m.group("ny")), Integer.parseInt(m.group("nm")), Integer.parseInt(m.group("nd")));
                case "my":
                    return PartialDate.ofMonth(Integer.parseInt(m.group("myy")), MONTHS.get(m.group("mym").toLowerCase(Locale.ROOT)));
                case "mo": {
                    int month = MONTHS.get(m.group("mom").toLowerCase(Locale.ROOT));
                    Integer year = yearFor(month, ref);
                    return year == null ? null : PartialDate.ofMonth(year, month);
                }
                case "yr": return PartialDate.ofYear(Integer.parseInt(m.group("yry")));
                case "by": return PartialDate.ofYear(Integer.parseInt(m.group("by")));
                case "rel": return relativeDay(m.group("rel").toLowerCase(Locale.ROOT), ref);
                case "wd": return weekday(m, ref, text);
                case "rw": return relativePeriod(m, ref);
                default: return null;
            }
        } catch (IllegalArgumentException e) {
            return null; // 31 février and the like: keep the mention, no value
        }
    }

    /** The year of a month written without one: the publication year. */
    private static Integer yearFor(int month, PartialDate ref) {
        return ref == null ? null : ref.year();
    }

    private static PartialDate relativeDay(String w, PartialDate ref) {
        if (ref == null || ref.precision() != PartialDate.Precision.DAY) return null;
        LocalDate d = ref.start();
        if (w.startsWith("aujourd") || w.startsWith("ce") || w.startsWith("cette")) return ref;
        if (w.equals("hier")) return PartialDate.of(d.minusDays(1));
        if (w.equals("avant-hier")) return PartialDate.of(d.minusDays(2));
        if (w.equals("demain")) return PartialDate.of(d.plusDays(1));
        if (w.equals("après-demain")) return PartialDate.of(d.plusDays(2));
        return null;
    }

    private static PartialDate weekday(Matcher m, PartialDate ref, String text) {
        if (ref == null || ref.precision() != PartialDate.Precision.DAY) return null;
        DayOfWeek dow = DayOfWeek.of(DAYS.indexOf(m.group("wdw").toLowerCase(Locale.ROOT)) + 1);
        LocalDate d = ref.start();
        String rel = m.group("wdr") == null ? "" : m.group("wdr").toLowerCase(Locale.ROOT);
        boolean future = rel.equals("prochain") || rel.isEmpty() && futureAround(text, m.end("wd"), m.start("wd"));
        int diff = dow.getValue() - d.getDayOfWeek().getValue();
        if (future) {
            if (diff <= 0) diff += 7;
            return PartialDate.of(d.plusDays(diff));
        }
        if (diff > 0) diff -= 7;
        if (rel.equals("dernier") && diff == 0) diff = -7;
        return PartialDate.of(d.plusDays(diff));
    }

    private static boolean futureAround(String text, int end, int start) {
        int sentenceStart = Math.max(0, start - 80);
        String window = text.substring(sentenceStart, Math.min(text.length(), end + 60));
        return FUTURE.matcher(window).find();
    }

    private static PartialDate relativePeriod(Matcher m, PartialDate ref) {
        if (ref == null) return null;
        String unit = m.group("rwu").toLowerCase(Locale.ROOT);
        String rel = m.group("rwr") == null ? "" : m.group("rwr").toLowerCase(Locale.ROOT);
        int step = rel.startsWith("dern") || rel.startsWith("pass") || rel.startsWith("préc") ? -1
                : rel.startsWith("proch") || rel.startsWith("suiv") ? 1 : 0;
        if (unit.equals("an") || unit.equals("année")) return PartialDate.ofYear(ref.year() + step);
        if (ref.precision() == PartialDate.Precision.YEAR) return null;
        if (unit.equals("mois")) {
            LocalDate d = ref.start().withDayOfMonth(1).plusMonths(step);
            return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
        }
        if (ref.precision() != PartialDate.Precision.DAY) return null;
        // a week or a week-end: its month when the whole of it falls in one month
        LocalDate d = ref.start().plusWeeks(step);
        LocalDate from = unit.equals("semaine") ? d.with(DayOfWeek.MONDAY) : d.with(DayOfWeek.SATURDAY);
        if (unit.startsWith("week") && step <= 0 && !from.isBefore(ref.start().plusDays(1)) && step == 0) from = from.minusWeeks(1);
        LocalDate to = unit.equals("semaine") ? from.plusDays(6) : from.plusDays(1);
        if (from.getMonthValue() != to.getMonthValue()) return null;
        return PartialDate.ofMonth(from.getYear(), from.getMonthValue());
    }
}
