package kiosque.eval;

import java.util.ArrayList;
import java.util.List;
import kiosque.extract.DateFinder;
import kiosque.extract.DateMention;
import kiosque.extract.Section;
import kiosque.ingest.PartialDate;

/**
 * Scores the date finder on ISO-TimeML documents, each resolved against its own creation date.
 * Two conventions, because a {@link PartialDate} is a year, a month or a day and nothing else:
 * <ul>
 * <li>a gold value it cannot express (a week « 1999-W27 », a week-end « 2003-W05-WE », a season « 1999-SU », a decade
 * « 199 ») still counts as an extraction match; our value counts as right only when it is the smallest year or
 * month that holds the whole gold period (« cette semaine » → 1999-07 when week 27 lies in July, « l'été 2018 » →
 * 2018, as the modern annotation guidelines ask). {@link DateScore#exactValues()} keeps the plain ISO equality;</li>
 * <li>a mention we find inside a gold TIMEX3 of type TIME (« hier matin », « mardi soir », « hier à 10 h ») is
 * neither a match nor a false alarm: TimeBank types a day with a day part TIME, we report its day (the facet is by
 * day). It is counted apart in {@link DateScore#onTime()}.</li>
 * </ul>
 */
public final class DateEvaluation {
    private DateEvaluation() {}

    public static DateScore score(List<TimeMlDocument> docs, DateFinder finder) {
        return score(docs, finder, null);
    }

    /** Scores, and adds every disagreement to {@code errors} when it is not null. */
    public static DateScore score(List<TimeMlDocument> docs, DateFinder finder, List<DateError> errors) {
        Prf strict = new Prf(0, 0, 0), relaxed = new Prf(0, 0, 0);
        int valueOk = 0, exactOk = 0, onTime = 0;
        long chars = 0, nanos = 0;
        for (TimeMlDocument d : docs) {
            PartialDate dct = dateOf(d.dct());
            long t0 = System.nanoTime();
            List<DateMention> found = finder.find(d.text(), Section.BODY, dct);
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            List<TimeMlDocument.Timex> gold = d.timexes().stream().filter(t -> "DATE".equals(t.type())).toList();
            List<TimeMlDocument.Timex> times = d.timexes().stream().filter(t -> "TIME".equals(t.type())).toList();
            int predicted = 0;
            int strictTp = 0, relaxedTp = 0;
            boolean[] usedStrict = new boolean[gold.size()], usedRelaxed = new boolean[gold.size()];
            for (DateMention m : found) {
                if (times.stream().anyMatch(t -> t.start() <= m.start() && m.end() <= t.end())) { onTime++; continue; }
                predicted++;
                for (int i = 0; i < gold.size(); i++) {
                    TimeMlDocument.Timex g = gold.get(i);
                    if (!usedStrict[i] && g.start() == m.start() && g.end() == m.end()) { usedStrict[i] = true; strictTp++; break; }
                }
                boolean matched = false;
                for (int i = 0; i < gold.size(); i++) {
                    TimeMlDocument.Timex g = gold.get(i);
                    if (!usedRelaxed[i] && g.start() < m.end() && m.start() < g.end()) {
                        usedRelaxed[i] = true;
                        relaxedTp++;
                        matched = true;
                        String ours = m.value() == null ? null : m.value().iso();
                        boolean exact = ours != null && ours.equals(g.value());
                        boolean ok = exact || ours != null && GoldPeriods.smallestHolder(g.value()).map(ours::equals).orElse(false);
                        if (exact) exactOk++;
                        if (ok) valueOk++;
                        if (errors != null && !ok)
                            errors.add(error(DateError.Kind.VALUE, d, g, m));
                        else if (errors != null && (g.start() != m.start() || g.end() != m.end()))
                            errors.add(error(DateError.Kind.SPAN, d, g, m));
                        break;
                    }
                }
                if (!matched && errors != null) errors.add(error(DateError.Kind.FALSE_ALARM, d, null, m));
            }
            if (errors != null)
                for (int i = 0; i < gold.size(); i++) if (!usedRelaxed[i]) errors.add(error(DateError.Kind.MISS, d, gold.get(i), null));
            strict = strict.plus(new Prf(strictTp, predicted, gold.size()));
            relaxed = relaxed.plus(new Prf(relaxedTp, predicted, gold.size()));
        }
        return new DateScore(strict, relaxed, valueOk, exactOk, onTime, docs.size(), chars, nanos / 1e9);
    }

    private static DateError error(DateError.Kind kind, TimeMlDocument d, TimeMlDocument.Timex g, DateMention m) {
        int s = Math.min(g == null ? m.start() : g.start(), m == null ? g.start() : m.start());
        int e = Math.max(g == null ? m.end() : g.end(), m == null ? g.end() : m.end());
        String text = d.text();
        String context = text.substring(Math.max(0, s - 50), Math.min(text.length(), e + 40)).replaceAll("\\s+", " ");
        return new DateError(kind, d.id() + "@" + d.dct(), g == null ? null : text.substring(g.start(), g.end()), g == null ? null : g.value(),
                m == null ? null : m.text(), m == null || m.value() == null ? null : m.value().iso(), context);
    }

    private static PartialDate dateOf(String s) {
        if (s == null) return null;
        try { return PartialDate.parse(s.length() > 10 ? s.substring(0, 10) : s); } catch (IllegalArgumentException e) { return null; }
    }
}
