package kiosque.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds people, organisations and places in one text: capitalised word runs (with name connectors such as
 * « de », « Le », « d' »), the longest known name of the gazetteer, French context cues, and a last pass that
 * makes the article consistent (a name typed once is typed the same everywhere; a surname alone follows its
 * full name).
 */
final class NameFinder {
    static final int MAX_GAZETTEER_TOKENS = 7;
    private final Lexicons lex;

    NameFinder(Lexicons lex) { this.lex = lex; }

    /** Untyped name candidates: maximal capitalised runs, with leading common words removed. */
    List<NameSpan> candidates(String text, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            if (!startsName(t)) { i++; continue; }
            int j = runEnd(text, tokens, i);
            // a known name as long as the capitalised run or longer wins (« Banque de France »); a shorter one
            // does not cut a person's name (« Vincent » of « Vincent Harry »)
            int gEnd = longestGazetteer(text, tokens, i);
            if (gEnd >= j) {
                out.add(span(text, tokens, i, gEnd, lex.gazetteer.get(key(text, tokens, i, gEnd))));
                i = gEnd;
                continue;
            }
            addStripped(text, tokens, i, j, out);
            i = j;
        }
        return out;
    }

    /** End of the capitalised run starting at i: capitalised words, name connectors, « France 3 »-like numbers. */
    private int runEnd(String text, List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i + 1;
        while (j < n) {
            Token u = tokens.get(j);
            if (lineBreakBetween(text, tokens.get(j - 1), u)) break;
            if (startsName(u) && !FrenchCues.titleToken(u.lower())) { j++; continue; }
            if (FrenchCues.CONNECTORS.contains(u.lower()) && j + 1 < n && startsName(tokens.get(j + 1))
                    && !lex.common.contains(tokens.get(j + 1).lower())
                    && !lineBreakBetween(text, u, tokens.get(j + 1))) { j += 2; continue; }
            if (FrenchCues.isNumber(u.text()) && u.text().length() <= 2 && u.start() == tokens.get(j - 1).end() + 1
                    && (j + 1 >= n || !tokens.get(j + 1).isWord() || !DateWords.isMonth(tokens.get(j + 1).lower()))) { j++; break; }
            if (u.text().equals("+") && u.start() == tokens.get(j - 1).end()) { j++; break; }
            break;
        }
        return j;
    }

    private void addStripped(String text, List<Token> tokens, int a, int b, List<NameSpan> out) {
        // drop leading common words (« Selon », « Le », « Président ») and title words
        while (a < b) {
            String l = tokens.get(a).lower();
            boolean known = lex.gazetteer.containsKey(key(text, tokens, a, b));
            if (known) break;
            if (FrenchCues.titleToken(l) || FrenchCues.CONNECTORS.contains(l)
                    || lex.common.contains(l) && !(lex.firstNames.contains(l) && a + 1 < b)) { a++; continue; }
            break;
        }
        // drop trailing connectors
        while (b > a && FrenchCues.CONNECTORS.contains(tokens.get(b - 1).lower())) b--;
        if (a >= b) return;
        // split before a given name that follows another name (« ministre de l'Intérieur Christophe Castaner »)
        for (int k = a + 1; k < b; k++) {
            String l = tokens.get(k).lower();
            String prev = tokens.get(k - 1).lower();
            if (lex.firstNames.contains(l) && !lex.firstNames.contains(prev) && !FrenchCues.CONNECTORS.contains(prev)
                    && !lex.gazetteer.containsKey(key(text, tokens, a, b))) {
                addStripped(text, tokens, a, k, out);
                addStripped(text, tokens, k, b, out);
                return;
            }
        }
        out.add(span(text, tokens, a, b, lex.gazetteer.get(key(text, tokens, a, b))));
    }

    /** Typed names of one text; {@code known} carries names already typed elsewhere in the article. */
    List<NameSpan> find(String text, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan c : candidates(text, tokens)) out.add(type(c, tokens));
        return out;
    }

    private NameSpan type(NameSpan c, List<Token> tokens) {
        int[] v = FrenchCues.votes(tokens, c.firstToken(), c.endToken());
        int len = c.endToken() - c.firstToken();
        if (c.type() != null) {
            if (v[0] >= 3 && c.type() != EntityType.PERSON && tokens.get(c.firstToken()).capitalised()) return c.withType(EntityType.PERSON);
            return c;
        }
        String first = tokens.get(c.firstToken()).lower();
        // a lone word that is usually written lowercase (« Français », « État ») needs the gazetteer
        if (len == 1 && lex.common.contains(first)) return c;
        if (len >= 2 && lex.firstNames.contains(first)) return c.withType(EntityType.PERSON);
        int best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
        if (v[best] >= 2) return c.withType(best == 0 ? EntityType.PERSON : best == 1 ? EntityType.ORGANIZATION : EntityType.PLACE);
        if (len == 1 && tokens.get(c.firstToken()).allCaps()) return c.withType(EntityType.ORGANIZATION);
        return c;
    }

    /** Article-level consistency: untyped names take the type their key or surname has elsewhere; the rest go. */
    static List<NameSpan> resolveUntyped(List<NameSpan> spans, Map<String, EntityType> typedKeys) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            if (s.type() != null) { out.add(s); continue; }
            EntityType t = typedKeys.get(ActorNames.normalizeKey(s.text()));
            if (t != null) out.add(s.withType(t));
        }
        return out;
    }

    static Map<String, EntityType> typedKeys(List<List<NameSpan>> sections) {
        Map<String, EntityType> keys = new HashMap<>();
        for (List<NameSpan> spans : sections)
            for (NameSpan s : spans) {
                if (s.type() == null) continue;
                keys.putIfAbsent(ActorNames.normalizeKey(s.text()), s.type());
                if (s.type() == EntityType.PERSON && s.endToken() - s.firstToken() >= 2)
                    keys.putIfAbsent(ActorNames.surnameKey(s.text()), EntityType.PERSON);
            }
        return keys;
    }

    private boolean startsName(Token t) {
        return t.isWord() && t.capitalised() && !Character.isDigit(t.text().charAt(0));
    }

    private int longestGazetteer(String text, List<Token> tokens, int i) {
        if (lex.gazetteer.isEmpty()) return i;
        int best = i;
        int max = Math.min(tokens.size(), i + MAX_GAZETTEER_TOKENS);
        for (int j = i + 1; j <= max; j++) {
            if (j > i + 1 && lineBreakBetween(text, tokens.get(j - 2), tokens.get(j - 1))) break;
            Token last = tokens.get(j - 1);
            if (!last.isWord()) continue;
            String k = key(text, tokens, i, j);
            if (lex.gazetteer.containsKey(k)) best = j;
            else if (!lex.gazetteerPrefixes.contains(k) && !k.endsWith("'")) break;
        }
        return best;
    }

    static String key(String text, List<Token> tokens, int a, int b) {
        return ActorNames.normalizeKey(text.substring(tokens.get(a).start(), tokens.get(b - 1).end()));
    }

    private static NameSpan span(String text, List<Token> tokens, int a, int b, EntityType type) {
        int s = tokens.get(a).start(), e = tokens.get(b - 1).end();
        return new NameSpan(a, b, s, e, text.substring(s, e), type);
    }

    private static boolean lineBreakBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
    }
}
