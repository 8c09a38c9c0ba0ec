package kiosque.eval;

import java.util.List;
import kiosque.extract.DateFinder;
import kiosque.extract.DateMention;
import kiosque.extract.Section;
import kiosque.ingest.PartialDate;

/** Scores the date finder on ISO-TimeML documents, each resolved against its own creation date. */
public final class DateEvaluation {
    private DateEvaluation() {}

    public static DateScore score(List<TimeMlDocument> docs, DateFinder finder) {
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
                for (int i = 0; i < gold.size(); i++) {
                    TimeMlDocument.Timex g = gold.get(i);
                    if (!usedRelaxed[i] && g.start() < m.end() && m.start() < g.end()) {
                        usedRelaxed[i] = true;
                        relaxedTp++;
                        if (m.value() != null && m.value().iso().equals(g.value())) valueOk++;
                        break;
                    }
                }
            }
            strict = strict.plus(new Prf(strictTp, found.size(), gold.size()));
            relaxed = relaxed.plus(new Prf(relaxedTp, found.size(), gold.size()));
        }
        return new DateScore(strict, relaxed, valueOk, docs.size(), chars, nanos / 1e9);
    }

    private static PartialDate dateOf(String s) {
        if (s == null) return null;
        try { return PartialDate.parse(s.length() > 10 ? s.substring(0, 10) : s); } catch (IllegalArgumentException e) { return null; }
    }
}
