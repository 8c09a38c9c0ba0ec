package kiosque.eval;

import java.util.Map;

/** Named-entity scores: strict and fuzzy, per HIPE coarse type (pers, loc, org) and over the three ("all"). */
public record NerScore(Map<String, Prf> strict, Map<String, Prf> fuzzy, int docs, int mentions, long chars, double seconds) {
    public double charsPerSecond() { return seconds <= 0 ? 0 : chars / seconds; }
}
