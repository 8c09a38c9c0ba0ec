package kiosque.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.ingest.PartialDate;

/**
 * Finds dates written in French text and resolves them against the publication date, at the precision
 * the text expresses: « 14 juillet 1789 », « mardi 4 mars », « mars 2020 », « en 2019 », « hier »,
 * « la semaine dernière », « l'an dernier », « il y a trois mois », « le lendemain ». Spans follow ISO-TimeML
 * DATE usage: determiners, « en », light nouns and day parts are in, other prepositions (depuis, dès, jusqu'en) out.
 * Thread-safe (patterns only).
 */
public final class DateFinder {
    private static final String MONTH = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre";
    private static final String DAY = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";
    private static final String SEASON = "été|hiver|automne|printemps";
    private static final String DET = "(?:(?:le|ce|cette|l['’])\\s*)?";
    private static final String PART = "(?:\\s+(?:matin|soir|midi|après-midi|apres-midi|dans la (?:matinée|soirée|nuit)))?";
    private static final String EDGE = "(?:(?:début|fin|mi|courant)[\\s-]+(?:d['’]|de\\s+)?)?";
    /** dernier / prochain after a date without its year: which side of the publication date it lies. */
    private static final String SIDE = "(?:\\s+(?<SIDE>derniers?|dernières?|prochains?|prochaines?|passée?s?))?";
    /** A year: four digits, or two after a month when punctuation or a short word follows (« octobre 98. »). */
    private static final String YEAR4 = "1[5-9]\\d\\d|20\\d\\d";
    private static final String YEAR2_AFTER = "(?=\\s*[,.;:)!?]|\\s+(?:et|à|au|en|pour|sur|dans|lors)\\s|\\s*$)";
    private static final String NUMBER = "\\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|cent";
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("janvier", 1), Map.entry("février", 2),
            Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6),
            Map.entry("juillet", 7), Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9),
            Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12));
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("un", 1), Map.entry("une", 1), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
            Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
            Map.entry("vingt", 20), Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("cent", 100));
    private static final List<String> DAYS = List.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /** The first word of a date starting with a digit. */
    /** The first « word » of a date starting with one or two digits (a day: « 4 mars », « 04/03/2020 »)… */
    private static final String DAY_NUMBER = "0";
    /** …and with four digits or more, the first two 15 to 20 (a year: « depuis 2019 »). Other numbers start no date. */
    private static final String YEAR_NUMBER = "0000";
    private static final List<String> DET_WORDS = List.of("le", "ce", "cette", "l");
    private static final List<String> SEASONS = List.of("été", "hiver", "automne", "printemps");

    /** One kind of date: its group name, the words it can start with, its pattern. */
    private record Branch(String name, Set<String> firstWords, String regex) {}

    @SafeVarargs
    private static Set<String> words(java.util.Collection<String>... lists) {
        Set<String> all = new java.util.HashSet<>();
        for (var l : lists) all.addAll(l);
        return all;
    }

    /** Some branches as one pattern (tried in order, the first that matches wins, as in one big alternation), with their group numbers. */
    private record Alternation(int id, Pattern pattern, List<String> names, int[] groups) {
        /** The name of the branch that matched. */
        String which(Matcher m) {
            for (int i = 0; i < groups.length; i++) if (m.start(groups[i]) >= 0) return names.get(i);
            return null;
        }
    }

    private static Map<String, Alternation> alternations() {
        Set<String> all = new java.util.TreeSet<>();
        for (Branch b : BRANCHES) all.addAll(b.firstWords());
        Map<List<Branch>, Alternation> bySet = new java.util.HashMap<>();
        Map<String, Alternation> out = new java.util.HashMap<>();
        for (String w : all) {
            List<Branch> set = BRANCHES.stream().filter(b -> b.firstWords().contains(w)).toList();
            out.put(w, bySet.computeIfAbsent(set, k -> {
                Pattern p = Pattern.compile(String.join("|", k.stream().map(Branch::regex).toList()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                List<String> names = k.stream().map(Branch::name).toList();
                return new Alternation(bySet.size(), p, names, names.stream().mapToInt(n -> p.namedGroups().get(n)).toArray());
            }));
        }
        return Map.copyOf(out);
    }

    /**
     * The date patterns, one per kind, in the order they are tried, each with the words it can start with (lower case,
     * letters up to the first non-letter; {@link #DAY_NUMBER} or {@link #YEAR_NUMBER} for a number): at a word only the patterns that can start there are tried.
     */
    private static final List<Branch> BRANCHES = List.of(
            // 1: day month [year]: « mercredi 4 mars », « le 1er mai 2019 », « le 20 décembre dernier », « 10 novembre 93, »
            new Branch("dm", words(DET_WORDS, DAYS, List.of(DAY_NUMBER)),
                    "(?<dm>" + DET + "(?:(?<dmw>" + DAY + ")\\s+)?(?<dmd>1er|[12]\\d|3[01]|0?[1-9])\\s+(?<dmm>" + MONTH + ")"
                    + "(?:\\s+(?:(?<dmy>" + YEAR4 + ")(?!\\d)|(?<dmy2>\\d\\d)" + YEAR2_AFTER + ")|" + SIDE.replace("SIDE", "dms") + ")" + PART + ")"),
            // 2: numeric dd/mm/yyyy
            new Branch("num", words(List.of(DAY_NUMBER)),
                    "(?<num>(?<nd>[0-3]?\\d)[/.](?<nm>[01]?\\d)[/.](?<ny>(?:19|20)\\d\\d))"),
            // 3: month year: « mars 2020 », « fin mars 2020 », « en mars 2020 », « octobre 98. »
            new Branch("my", words(List.of("en", "début", "fin", "mi", "courant", "le", "mois", "de"), MONTHS.keySet()),
                    "(?<my>(?:en\\s+)?" + EDGE + "(?:(?:le\\s+)?mois\\s+d['’]|de\\s+)?(?<mym>" + MONTH + ")\\s+(?:(?<myy>" + YEAR4 + ")(?!\\d)|(?<myy2>\\d\\d)" + YEAR2_AFTER + "))"),
            // 4: month alone after en / début / fin / mois de / de: « en mars », « septembre dernier »
            new Branch("mo", words(List.of("en", "début", "fin", "mi", "courant", "le", "mois", "de", "d"), MONTHS.keySet()),
                    "(?<mo>(?:en\\s+|(?:début|fin|mi|courant)[\\s-]+(?:d['’]|de\\s+)?|(?:le\\s+)?mois\\s+d['’]|(?:le\\s+)?mois\\s+de\\s+|(?<mode>de\\s+|d['’]))?(?<mom>" + MONTH + ")" + SIDE.replace("SIDE", "mos") + ")(?![\\p{L}\\d])"),
            // 5: seasons and years: « l'été 2018 », « en 2019 », « l'année 2017 », « fin 2013, »
            new Branch("yr", words(List.of("en", "l", "année", "cet", "le", "au", "début", "fin", "mi"), SEASONS),
                    "(?<yr>(?:(?:en|l['’]an(?:née)?|année|(?:l['’]|cet\\s+|le\\s+|au\\s+)?(?:" + SEASON + ")|début|fin|mi)[\\s-]+)(?<yry>" + YEAR4 + "))(?!\\d|[,.]\\d)"),
            // 6: a season of this year, the last or the next: « cet été », « l'hiver dernier », « en automne »
            new Branch("se", words(List.of("cet", "ce", "l", "en")),
                    "(?<se>(?:cet\\s+|ce\\s+|l['’]|en\\s+)(?<ses>" + SEASON + ")" + SIDE.replace("SIDE", "sed") + ")(?![\\p{L}\\d-])"),
            // 7: decades: « les années 1990 », « les années 90 »
            new Branch("dec", words(List.of("les", "des", "aux", "années")),
                    "(?<dec>(?:les\\s+|des\\s+|aux\\s+)?années\\s+(?:19|20)?\\d0)(?![\\d\\p{L}])"),
            // 8: relative words
            new Branch("rel", words(List.of("aujourd", "avant", "après", "hier", "demain", "ce", "cette", "cet")),
                    "(?<rel>(?:aujourd['’]hui|avant-hier|après-demain|hier|demain)(?:,?\\s+(?:" + DAY + "))?" + PART + "|ce\\s+matin|ce\\s+soir|cette\\s+nuit|cet\\s+après-midi)(?![\\p{L}])"),
            // 9: the day before / after the last date: « la veille », « le lendemain matin »
            new Branch("an", words(List.of("la", "le")),
                    "(?<an>(?:la\\s+(?<anb>veille)|le\\s+(?<ana>lendemain))" + PART + ")(?![\\p{L}])(?!\\s+(?:de|du|des|d['’])\\s)"),
            // 10: « il y a trois mois », « il y a dix jours »
            new Branch("ago", words(List.of("il")),
                    "(?<ago>il\\s+y\\s+a\\s+(?<agon>" + NUMBER + ")\\s+(?<agou>jours?|semaines?|mois|ans|années?))(?![\\p{L}])"),
            // 11: weekday, with its determiner, day part and dernier/prochain
            new Branch("wd", words(DET_WORDS, DAYS),
                    "(?<wd>" + DET + "(?<wdw>" + DAY + ")" + PART + "(?:\\s+(?<wdr>dernier|prochain|passé|suivant|précédent))?)(?![\\p{L}])"),
            // 12: week, month, year relative to now
            new Branch("rw", words(List.of("la", "cette", "le", "ce", "l")),
                    "(?<rw>(?:la|cette|le|ce|l['’])\\s*(?<rwu>semaine|mois|week-end|an|année)(?:-ci)?(?:\\s+(?<rwr>dernière|dernier|passée|passé|prochaine|prochain|précédente|précédent|suivante|suivant))?)(?![\\p{L}-])"),
            // 13: a bare year with a preposition before it
            new Branch("by", words(List.of(YEAR_NUMBER)),
                    "(?<=(?<![\\p{L}\\d])(?:depuis|dès|avant|après|jusqu['’]en|de|à|et|entre|d['’]ici|ou|contre)\\s)(?<by>" + YEAR4 + ")(?![\\d,.]\\d|\\s*(?:€|euros?|habitants|personnes|km|m\\b|kg|tonnes|mètres|dollars))"));

    /** The patterns to try at a word, by its first word (or kind of number): the branches that can start there, in order, as one alternation. */
    private static final Map<String, Alternation> BY_FIRST_WORD = alternations();

    private static final String STARTS = "lcedfmahjvspoi";

    /** Every word a date expression can start with: the big pattern is only tried there. */
    private static final Set<String> FIRST_WORDS = Set.of("le", "la", "les", "des", "aux", "ce", "cet", "cette", "l", "d", "en",
            "début", "fin", "mi", "courant", "mois", "de", "au", "année", "années", "an", "été", "hiver", "automne", "printemps",
            "aujourd", "avant", "après", "hier", "demain", "il", "janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre", "lundi", "mardi",
            "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /** Very frequent first words that start a date only before a digit, « années », « y » or a month: checked cheaply first. */
    private static final Set<String> FREQUENT = Set.of("les", "des", "aux", "d", "il");

    private static boolean nextWordMayDate(String text, int pos) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\'' || text.charAt(i) == '’')) i++;
        if (i == pos || i >= text.length()) return false;
        char c = Character.toLowerCase(text.charAt(i));
        return Character.isDigit(c) || c == 'a' || c == 'y' || c == 'j' || c == 'f' || c == 'm' || c == 's' || c == 'o' || c == 'n' || c == 'd';
    }

    /** The lower-cased letters from {@code pos} to the first non-letter (at most 12, longer words are no date starts). */
    private static String firstWord(String text, int pos) {
        int e = pos;
        while (e < text.length() && Character.isLetter(text.charAt(e))) if (++e - pos > 12) return "";
        return text.substring(pos, e).toLowerCase(Locale.ROOT);
    }

    /** Dates mentioned in {@code text}; {@code reference} is the publication date (may be null or partial). */
    public List<DateMention> find(String text, Section section, PartialDate reference) {
        return find(text, section, reference, DateCandidates.of(text));
    }

    /** Dates starting at the given word starts only (increasing offsets): {@link DateCandidates}, or every word for tests. */
    List<DateMention> find(String text, Section section, PartialDate reference, int[] candidates) {
        List<DateMention> out = new ArrayList<>();
        if (candidates.length == 0) return out;
        Matcher[] matchers = new Matcher[BY_FIRST_WORD.size()];
        Matcher listedDay = LISTED_DAY.matcher(text).useTransparentBounds(true), yearPair = YEAR_PAIR.matcher(text);
        int n = text.length();
        PartialDate lastDay = null; // the last day-precise date, anchor of « la veille » / « le lendemain »
        int next = 0; // no date starts before the end of the last one
        // a date starts at a word start near a digit or a date word, with one of these letters or a digit: trying only there is much faster
        for (int pos : candidates) {
            if (pos < next) continue;
            char c = text.charAt(pos);
            String w;
            if (Character.isDigit(c)) w = numberKind(text, pos);
            else {
                if (STARTS.indexOf(Character.toLowerCase(c)) < 0) continue;
                w = firstWord(text, pos);
                if (!FIRST_WORDS.contains(w) || FREQUENT.contains(w) && !nextWordMayDate(text, pos + w.length())) continue;
            }
            if ((Character.isDigit(c) || c == 'l' || c == 'L') && listed(text, pos, matcher(matchers, BY_FIRST_WORD.get(DAY_NUMBER), text), listedDay, yearPair, reference, section, out, lastDay)) {
                next = out.get(out.size() - 1).end();
                continue;
            }
            Alternation alternation = w == null ? null : BY_FIRST_WORD.get(w);
            if (alternation == null) continue; // a first word or number no pattern starts with
            Matcher m = matcher(matchers, alternation, text);
            m.region(pos, n);
            if (!m.lookingAt()) continue;
            String which = alternation.which(m);
            if (which == null) continue;
            String span = m.group(which);
            int s = m.start(which), e = m.end(which);
            if (which.equals("rw") && m.group("rwr") == null && !startsWithThis(span)) continue; // « le mois » alone is not a date
            if (which.equals("wd") && (habitual(m, text, s) || anaphoric(m))) { next = e; continue; }
            if (which.equals("mo") && m.group("mode") != null && !monthAfterDe(text, s)) continue;
            // a month name alone (« Mars », « le Champ-de-Mars ») is a date only with dernier / prochain after it
            if (which.equals("mo") && m.start("mom") == s && m.group("mos") == null) { next = e; continue; }
            PartialDate value = resolve(m, which, reference, text, lastDay);
            out.add(new DateMention(span, value, section, s, e));
            if (value != null && value.precision() == PartialDate.Precision.DAY) lastDay = value;
            next = Math.max(pos + 1, e);
        }
        return out;
    }

    /** A day before « et / au / , » and a day with its month: « les 6 et 13 avril », « du 1er au 2 octobre ». */
    private static final Pattern LISTED_DAY = Pattern.compile("(?<d>(?:les\\s+)?(?<n>1er|[12]\\d|3[01]|0?[1-9]))(?![\\p{L}\\d])"
            + "(?=(?:\\s*,\\s*(?:1er|\\d{1,2}))*\\s+(?:et|ou|au)\\s+(?:le\\s+)?(?<tail>(?:1er|[12]\\d|3[01]|0?[1-9])\\s+(?:" + MONTH + ")))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Two following years: « la saison 2002/2003 », « 2019-2020 ». */
    private static final Pattern YEAR_PAIR = Pattern.compile("(?<a>" + YEAR4 + ")[/-](?<b>" + YEAR4 + ")(?!\\d)");

    /** Adds the first day of a list or the first year of a pair at {@code pos}; true when it did. */
    private static boolean listed(String text, int pos, Matcher dates, Matcher l, Matcher y, PartialDate ref, Section section, List<DateMention> out, PartialDate lastDay) {
        l.region(pos, text.length());
        if (l.lookingAt()) {
            dates.region(l.start("tail"), text.length());
            if (!dates.lookingAt() || dates.group("dm") == null) return false;
            PartialDate tail = resolve(dates, "dm", ref, text, lastDay);
            String n = l.group("n");
            PartialDate value = null;
            try {
                if (tail != null) value = new PartialDate(tail.year(), tail.month(), n.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(n));
            } catch (IllegalArgumentException e) { /* 31 avril: no value */ }
            out.add(new DateMention(l.group("d"), value, section, l.start("d"), l.end("d")));
            return true;
        }
        if (!Character.isDigit(text.charAt(pos))) return false;
        y.region(pos, text.length());
        if (!y.lookingAt() || Integer.parseInt(y.group("b")) != Integer.parseInt(y.group("a")) + 1) return false;
        out.add(new DateMention(y.group("a"), PartialDate.ofYear(Integer.parseInt(y.group("a"))), section, y.start("a"), y.end("a")));
        out.add(new DateMention(y.group("b"), PartialDate.ofYear(Integer.parseInt(y.group("b"))), section, y.start("b"), y.end("b")));
        return true;
    }

    private static boolean startsWithThis(String span) {
        String l = span.toLowerCase(Locale.ROOT);
        return l.startsWith("ce") || l.startsWith("cette");
    }

    /**
     * « le vendredi » without a date, day part or qualifier is habitual (every Friday), and so is « tous les vendredis »,
     * per the annotation guidelines; « ce vendredi » and a bare « vendredi » are one day.
     */
    private static boolean habitual(Matcher m, String text, int s) {
        String here = text.substring(s, Math.min(text.length(), s + 4)).toLowerCase(Locale.ROOT);
        if (here.startsWith("les")) return true;
        if (!here.startsWith("le ")) return false;
        return m.group("wdr") == null && m.group("wd").trim().length() == 3 + m.group("wdw").length();
    }

    /** « le dimanche suivant » / « précédent » counts from a date the finder does not track. */
    private static boolean anaphoric(Matcher m) {
        String r = m.group("wdr");
        return r != null && (r.equalsIgnoreCase("suivant") || r.equalsIgnoreCase("précédent"));
    }

    /** « de mars » names a month after a noun (« la rentrée de septembre »), not in a number (« 4 de mars » is not French). */
    private static boolean monthAfterDe(String text, int s) {
        int i = s - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && Character.isLetter(text.charAt(i));
    }

    /**
     * {@link #DAY_NUMBER} for one or two digits at pos, {@link #YEAR_NUMBER} for four or more starting 15 to 20, null
     * otherwise (and for a non-digit): the day patterns take at most two digits, the year ones four.
     */
    private static String numberKind(String text, int pos) {
        int e = pos;
        while (e < text.length() && text.charAt(e) >= '0' && text.charAt(e) <= '9') e++;
        if (e - pos >= 1 && e - pos <= 2) return DAY_NUMBER;
        if (e - pos < 4) return null;
        char a = text.charAt(pos), b = text.charAt(pos + 1);
        return a == '1' && b >= '5' || a == '2' && b == '0' ? YEAR_NUMBER : null;
    }

    /** The matcher of an alternation over this text, made on first use. */
    private static Matcher matcher(Matcher[] matchers, Alternation a, String text) {
        Matcher m = matchers[a.id()];
        if (m == null) matchers[a.id()] = m = a.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        return m;
    }

    private static PartialDate resolve(Matcher m, String which, PartialDate ref, String text, PartialDate lastDay) {
        try {
            switch (which) {
                case "dm": {
                    int month = MONTHS.get(m.group("dmm").toLowerCase(Locale.ROOT));
                    String d = m.group("dmd");
                    int day = d.equalsIgnoreCase("1er") ? 1 : Integer.parseInt(d);
                    Integer year = m.group("dmy") != null ? Integer.valueOf(m.group("dmy"))
                            : m.group("dmy2") != null ? Integer.valueOf(twoDigitYear(m.group("dmy2"), ref)) // boxed: an int here would unbox yearFor's null
                            : yearFor(month, day, side(m.group("dms")), ref);
                    return year == null ? null : new PartialDate(year, month, day);
                }
                case "num":
                    return new PartialDate(Integer.parseInt(m.group("ny")), Integer.parseInt(m.group("nm")), Integer.parseInt(m.group("nd")));
                case "my": {
                    int month = MONTHS.get(m.group("mym").toLowerCase(Locale.ROOT));
                    int year = m.group("myy") != null ? Integer.parseInt(m.group("myy")) : twoDigitYear(m.group("myy2"), ref);
                    return PartialDate.ofMonth(year, month);
                }
                case "mo": {
                    int month = MONTHS.get(m.group("mom").toLowerCase(Locale.ROOT));
                    Integer year = yearFor(month, 0, side(m.group("mos")), ref);
                    return year == null ? null : PartialDate.ofMonth(year, month);
                }
                case "yr": return PartialDate.ofYear(Integer.parseInt(m.group("yry")));
                case "by": return PartialDate.ofYear(Integer.parseInt(m.group("by")));
                case "se": return season(m.group("ses").toLowerCase(Locale.ROOT), m.group("se").toLowerCase(Locale.ROOT), side(m.group("sed")), ref);
                case "dec": return null; // a decade is no year, month or day
                case "rel": return relativeDay(m.group("rel").toLowerCase(Locale.ROOT), ref);
                case "an": {
                    PartialDate anchor = lastDay != null ? lastDay : ref;
                    if (anchor == null || anchor.precision() != PartialDate.Precision.DAY) return null;
                    return PartialDate.of(anchor.start().plusDays(m.group("anb") != null ? -1 : 1));
                }
                case "ago": return ago(m.group("agon").toLowerCase(Locale.ROOT), m.group("agou").toLowerCase(Locale.ROOT), ref);
                case "wd": return weekday(m, ref, text);
                case "rw": return relativePeriod(m, ref);
                default: return null;
            }
        } catch (IllegalArgumentException e) {
            return null; // 31 février and the like: keep the mention, no value
        }
    }

    /** -1 for dernier / passé, +1 for prochain, 0 when the text does not say. */
    private static int side(String word) {
        if (word == null) return 0;
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("proch") ? 1 : -1;
    }

    /** « 93 » after a month: the last such year not after the publication year (19xx before 2000). */
    private static int twoDigitYear(String yy, PartialDate ref) {
        int y = Integer.parseInt(yy), now = ref == null ? 2020 : ref.year();
        int year = now / 100 * 100 + y;
        return year > now ? year - 100 : year;
    }

    /**
     * The year of a month (and day) written without one: the last occurrence for « dernier », the next for « prochain »,
     * otherwise the occurrence nearest to the publication date (« 11 septembre » written in February is last September).
     */
    private static Integer yearFor(int month, int day, int side, PartialDate ref) {
        if (ref == null) return null;
        if (ref.precision() == PartialDate.Precision.YEAR) return side == 0 ? ref.year() : null;
        LocalDate now = ref.precision() == PartialDate.Precision.DAY ? ref.start() : ref.start().withDayOfMonth(15);
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = ref.year() - 1; y <= ref.year() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, day == 0 ? 15 : Math.min(day, 28));
            if (side < 0 && (day == 0 ? d.withDayOfMonth(1).isAfter(now) : d.isAfter(now))) continue;
            if (side > 0 && !d.isAfter(now)) continue;
            long distance = Math.abs(d.toEpochDay() - now.toEpochDay());
            if (distance < bestDistance || distance == bestDistance && y == ref.year()) { best = y; bestDistance = distance; }
        }
        return best;
    }

    /** A season at year precision (the annotation guidelines' convention); winter spans two years, so no value. */
    private static PartialDate season(String name, String span, int side, PartialDate ref) {
        if (ref == null || name.equals("hiver")) return null;
        boolean thisOne = span.startsWith("ce");
        if (side == 0 && !thisOne) return null; // « en été »: every summer
        if (side == 0) return PartialDate.ofYear(ref.year());
        int startMonth = switch (name) { case "printemps" -> 3; case "été" -> 6; default -> 9; };
        int month = ref.precision() == PartialDate.Precision.YEAR ? 6 : ref.month();
        if (side < 0) return PartialDate.ofYear(month >= startMonth + 3 ? ref.year() : ref.year() - 1);
        return PartialDate.ofYear(month < startMonth ? ref.year() : ref.year() + 1);
    }

    /** « il y a trois mois » at the precision of its unit. */
    private static PartialDate ago(String number, String unit, PartialDate ref) {
        if (ref == null) return null;
        Integer k = NUMBERS.get(number);
        int n = k != null ? k : Integer.parseInt(number);
        if (unit.startsWith("an")) return PartialDate.ofYear(ref.year() - n);
        if (ref.precision() == PartialDate.Precision.YEAR) return null;
        if (unit.equals("mois")) {
            LocalDate d = ref.start().withDayOfMonth(1).minusMonths(n);
            return PartialDate.ofMonth(d.getYear(), d.getMonthValue());
        }
        if (ref.precision() != PartialDate.Precision.DAY) return null;
        if (unit.startsWith("jour")) return PartialDate.of(ref.start().minusDays(n));
        LocalDate from = ref.start().minusWeeks(n).with(DayOfWeek.MONDAY), to = from.plusDays(6);
        return from.getMonth() == to.getMonth() ? PartialDate.ofMonth(from.getYear(), from.getMonthValue()) : null;
    }

    private static PartialDate relativeDay(String w, PartialDate ref) {
        if (ref == null || ref.precision() != PartialDate.Precision.DAY) return null;
        LocalDate d = ref.start();
        if (w.startsWith("aujourd") || w.startsWith("ce") || w.startsWith("cette")) return ref;
        if (w.startsWith("avant-hier")) return PartialDate.of(d.minusDays(2));
        if (w.startsWith("après-demain")) return PartialDate.of(d.plusDays(2));
        if (w.startsWith("hier")) return PartialDate.of(d.minusDays(1));
        if (w.startsWith("demain")) return PartialDate.of(d.plusDays(1));
        return null;
    }

    private static PartialDate weekday(Matcher m, PartialDate ref, String text) {
        if (ref == null || ref.precision() != PartialDate.Precision.DAY) return null;
        DayOfWeek dow = DayOfWeek.of(DAYS.indexOf(m.group("wdw").toLowerCase(Locale.ROOT)) + 1);
        LocalDate d = ref.start();
        String rel = m.group("wdr") == null ? "" : m.group("wdr").toLowerCase(Locale.ROOT);
        boolean future = rel.equals("prochain") || rel.isEmpty() && FrenchTense.future(text, m.start("wd"), m.end("wd"));
        int diff = dow.getValue() - d.getDayOfWeek().getValue();
        if (future) {
            if (diff <= 0) diff += 7;
            return PartialDate.of(d.plusDays(diff));
        }
        if (diff > 0) diff -= 7;
        if (rel.equals("dernier") && diff == 0) diff = -7;
        return PartialDate.of(d.plusDays(diff));
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
        if (unit.startsWith("week") && step == 0 && !from.isBefore(ref.start().plusDays(1))) from = from.minusWeeks(1);
        LocalDate to = unit.equals("semaine") ? from.plusDays(6) : from.plusDays(1);
        if (from.getMonthValue() != to.getMonthValue()) return null;
        return PartialDate.ofMonth(from.getYear(), from.getMonthValue());
    }
}
