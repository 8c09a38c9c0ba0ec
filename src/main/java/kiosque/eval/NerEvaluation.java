package kiosque.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Extractor;
import kiosque.extract.Mention;
import kiosque.extract.Section;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;

/**
 * Scores an extractor on HIPE-format documents as the shared task does: strict = same token span and type,
 * fuzzy = overlapping spans of the same type (each gold mention matched at most once); micro-averaged.
 */
public final class NerEvaluation {
    public static final List<String> TYPES = List.of("pers", "loc", "org");

    private NerEvaluation() {}

    /** A mention as a token range [first, end) with a coarse type. */
    record TokenMention(String type, int first, int end) {}

    /** Writes the strict misses and false alarms of each document, for error analysis. */
    public static void listErrors(List<HipeDocument> docs, Extractor extractor, java.io.PrintStream out) {
        for (HipeDocument d : docs) {
            Extraction x = extractor.extract(new Article(d.id(), "", "", d.text(), dateOf(d.date()), null, null));
            List<TokenMention> p = predicted(d, x, titlesInPersons(docs));
            List<TokenMention> g = new ArrayList<>();
            for (HipeDocument.GoldMention m : d.mentions()) if (TYPES.contains(m.type())) g.add(new TokenMention(m.type(), m.first(), m.end()));
            for (TokenMention m : p) if (!g.contains(m)) out.println(d.id() + "\tFALSE\t" + m.type() + "\t" + text(d, m));
            for (TokenMention m : g) if (!p.contains(m)) out.println(d.id() + "\tMISSED\t" + m.type() + "\t" + text(d, m));
        }
    }

    private static String text(HipeDocument d, TokenMention m) {
        return d.text().substring(d.tokens().get(m.first()).start(), d.tokens().get(m.end() - 1).end());
    }

    public static NerScore score(List<HipeDocument> docs, Extractor extractor) {
        Map<String, Prf> strict = zero(), fuzzy = zero();
        boolean widen = titlesInPersons(docs);
        long chars = 0, nanos = 0;
        int mentions = 0;
        for (HipeDocument d : docs) {
            Article a = new Article(d.id(), "", "", d.text(), dateOf(d.date()), null, null);
            long t0 = System.nanoTime();
            Extraction x = extractor.extract(a);
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            List<TokenMention> predicted = predicted(d, x, widen);
            List<TokenMention> gold = new ArrayList<>();
            for (HipeDocument.GoldMention g : d.mentions())
                if (TYPES.contains(g.type())) gold.add(new TokenMention(g.type(), g.first(), g.end()));
            mentions += gold.size();
            for (String type : TYPES) {
                List<TokenMention> p = predicted.stream().filter(m -> m.type().equals(type)).toList();
                List<TokenMention> g = gold.stream().filter(m -> m.type().equals(type)).toList();
                strict.merge(type, new Prf(matches(p, g, false), p.size(), g.size()), Prf::plus);
                fuzzy.merge(type, new Prf(matches(p, g, true), p.size(), g.size()), Prf::plus);
            }
        }
        strict.put("all", sum(strict));
        fuzzy.put("all", sum(fuzzy));
        return new NerScore(strict, fuzzy, docs.size(), mentions, chars, nanos / 1e9);
    }

    /**
     * Titles HIPE puts inside person mentions (« M. Hagenbeck », « le général Dupont »). Kiosque's names never
     * carry them (modern conventions); when a file's gold mentions do, a predicted person span is widened over
     * the title right before it, so strict scores compare the same thing.
     */
    static final java.util.Set<String> TITLES = java.util.Set.of("m", "mm", "mme", "mmes", "mlle", "monsieur", "madame",
            "mademoiselle", "dr", "docteur", "me", "mgr", "monseigneur", "général", "colonel", "capitaine", "lieutenant",
            "commandant", "maréchal", "amiral", "abbé", "cardinal", "comte", "comtesse", "duc", "duchesse", "baron",
            "baronne", "marquis", "marquise", "prince", "princesse", "roi", "reine", "empereur", "sir", "lord", "lady", "président");

    static boolean titlesInPersons(List<HipeDocument> docs) {
        for (HipeDocument d : docs)
            for (HipeDocument.GoldMention g : d.mentions())
                if (g.type().equals("pers") && TITLES.contains(tokenText(d, g.first()).toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static String tokenText(HipeDocument d, int i) {
        HipeDocument.Span t = d.tokens().get(i);
        return d.text().substring(t.start(), t.end());
    }

    private static int widenOverTitle(HipeDocument d, int first) {
        int f = first;
        if (f >= 2 && tokenText(d, f - 1).equals(".") && TITLES.contains(tokenText(d, f - 2).toLowerCase(java.util.Locale.ROOT))) f -= 2;
        else if (f >= 1 && TITLES.contains(tokenText(d, f - 1).toLowerCase(java.util.Locale.ROOT))) f -= 1;
        return f;
    }

    static List<TokenMention> predicted(HipeDocument d, Extraction x) { return predicted(d, x, false); }

    static List<TokenMention> predicted(HipeDocument d, Extraction x, boolean widenTitles) {
        List<TokenMention> out = new ArrayList<>();
        for (Entity e : x.entities()) {
            String type = hipeType(e.type());
            for (Mention m : e.mentions()) {
                if (m.section() != Section.BODY) continue;
                int first = -1, end = -1;
                List<HipeDocument.Span> toks = d.tokens();
                for (int i = 0; i < toks.size(); i++) {
                    HipeDocument.Span t = toks.get(i);
                    if (t.end() > m.start() && t.start() < m.end()) {
                        if (first < 0) first = i;
                        end = i + 1;
                    }
                }
                if (first >= 0) {
                    if (widenTitles && type.equals("pers")) first = widenOverTitle(d, first);
                    out.add(new TokenMention(type, first, end));
                }
            }
        }
        return out;
    }

    static int matches(List<TokenMention> predicted, List<TokenMention> gold, boolean fuzzy) {
        boolean[] used = new boolean[gold.size()];
        int tp = 0;
        for (TokenMention p : predicted) {
            for (int i = 0; i < gold.size(); i++) {
                if (used[i]) continue;
                TokenMention g = gold.get(i);
                boolean ok = fuzzy ? p.first() < g.end() && g.first() < p.end() : p.first() == g.first() && p.end() == g.end();
                if (ok) { used[i] = true; tp++; break; }
            }
        }
        return tp;
    }

    private static String hipeType(EntityType t) { return t.hipe(); }

    private static PartialDate dateOf(String s) {
        if (s == null || s.isBlank()) return null;
        try { return PartialDate.parse(s); } catch (IllegalArgumentException e) { return null; }
    }

    private static Map<String, Prf> zero() {
        Map<String, Prf> m = new LinkedHashMap<>();
        for (String t : TYPES) m.put(t, new Prf(0, 0, 0));
        return m;
    }

    private static Prf sum(Map<String, Prf> m) {
        Prf all = new Prf(0, 0, 0);
        for (String t : TYPES) all = all.plus(m.get(t));
        return all;
    }
}
