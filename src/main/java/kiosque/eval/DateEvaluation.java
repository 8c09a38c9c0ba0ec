package kiosque.eval;

import java.util.ArrayList;
import java.util.List;
import kiosque.extract.DateFinder;
import kiosque.extract.DateMention;
import kiosque.extract.Section;
import kiosque.ingest.PartialDate;

/**
 * Scores the date finder on ISO-TimeML documents, each resolved against its own creation date.
 * A gold value our {@link PartialDate} cannot express (weeks « 1999-W20 », seasons « 1999-SU », decades « 199 »,
 * « PRESENT_REF ») still counts as an extraction match; its value only counts as right when ours is the
 * coarsest date that contains it in the gold's calendar (the year of a week or season, the decade start is never right).
 */
public final class DateEvaluation {
    private DateEvaluation() {}

    public static DateScore score(List<TimeMlDocument> docs, DateFinder finder) {
        return score(docs, finder, null);
    }

    /** Scores, and adds every disagreement to {@code errors} when it is not null. */
    public static DateScore score(List<TimeMlDocument> docs, DateFinder finder, List<DateError> errors) {
        Prf strict = new Prf(0, 0, 0), relaxed = new Prf(0, 0, 0);
        int valueOk = 0;
        long chars = 0, nanos = 0;
        for (TimeMlDocument d : docs) {
            PartialDate dct = dateOf(d.dct());
            long t0 = System.nanoTime();
            List<DateMention> found = finder.find(d.text(), Section.BODY, dct);
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            List<TimeMlDocument.Timex> gold = d.timexes().stream().filter(t -> "DATE".equals(t.type())).toList();
            int strictTp = 0, relaxedTp = 0;
            boolean[] usedStrict = new boolean[gold.size()], usedRelaxed = new boolean[gold.size()];
            for (DateMention m : found) {
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
                        boolean ok = ours != null && ours.equals(g.value());
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
            strict = strict.plus(new Prf(strictTp, found.size(), gold.size()));
            relaxed = relaxed.plus(new Prf(relaxedTp, found.size(), gold.size()));
        }
        return new DateScore(strict, relaxed, valueOk, docs.size(), chars, nanos / 1e9);
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
