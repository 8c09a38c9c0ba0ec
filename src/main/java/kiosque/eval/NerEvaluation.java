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

    public static NerScore score(List<HipeDocument> docs, Extractor extractor) {
        Map<String, Prf> strict = zero(), fuzzy = zero();
        long chars = 0, nanos = 0;
        int mentions = 0;
        for (HipeDocument d : docs) {
            Article a = new Article(d.id(), "", "", d.text(), dateOf(d.date()), null, null);
            long t0 = System.nanoTime();
            Extraction x = extractor.extract(a);
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            List<TokenMention> predicted = predicted(d, x);
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

    static List<TokenMention> predicted(HipeDocument d, Extraction x) {
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
                if (first >= 0) out.add(new TokenMention(type, first, end));
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
