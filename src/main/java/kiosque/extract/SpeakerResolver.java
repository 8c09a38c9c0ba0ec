package kiosque.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributes the quotations of one section to a speaker: a name after an attribution verb following the quote
 * (« », a déclaré X), a name before it (X a déclaré : « »; selon X), a pronoun (« », confie-t-il) pointing
 * back to the last person named, or a role learned from an apposition (« », a déclaré le président turc).
 */
final class SpeakerResolver {
    private static final int AFTER_WINDOW = 160;
    private static final int CONTINUATION_GAP = 80;

    private final Section section;
    private final String text;
    private final List<FrenchExtractor.Located> all;
    private final RoleMemory roles;

    SpeakerResolver(Section section, String text, List<FrenchExtractor.Located> all, RoleMemory roles) {
        this.section = section;
        this.text = text;
        this.all = all;
        this.roles = roles;
    }

    List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        int prevClose = -1;
        String prevSpeaker = null;
        for (QuoteFinder.Found q : QuoteFinder.find(text)) {
            String speaker = after(q);
            if (speaker == null) speaker = before(q);
            if (speaker == null && prevSpeaker != null && prevClose >= 0 && q.open() - prevClose <= CONTINUATION_GAP
                    && noNameBetween(prevClose, q.open()) && adjacent(prevClose, q.open())) speaker = prevSpeaker;
            out.add(new Quote(text.substring(q.start(), q.end()), speaker, section, q.start(), q.end()));
            prevClose = q.close();
            prevSpeaker = speaker;
        }
        return out;
    }

    /** « … », a déclaré X / confie-t-il / a déclaré le président turc. */
    private String after(QuoteFinder.Found q) {
        int end = Math.min(text.length(), q.close() + AFTER_WINDOW);
        int stop = end;
        for (int k = q.close(); k < end; k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '!' || c == '?' || c == '«' || c == '\n') && k > q.close() + 1) { stop = k; break; }
        }
        // the verb comes first (after a comma or the closing mark), possibly after an auxiliary: among the first six tokens
        List<Token> toks = FrenchTokenizer.tokenize(text, q.close(), stop, 6);
        int v = -1;
        for (int i = 0; i < Math.min(toks.size(), 6); i++) {
            String l = toks.get(i).lower();
            if (AttributionVerbs.isVerb(l)) { v = i; break; }
            if (toks.get(i).isWord() && !isAuxiliary(l) && !l.equals("ajoute") && i > 3) break;
        }
        if (v < 0) return null;
        for (int i = 0; i < v; i++) if (isInvertedPronoun(toks.get(i).lower())) return lastPersonBefore(q.open());
        toks = FrenchTokenizer.tokenize(text, q.close(), stop, Integer.MAX_VALUE);
        Token verb = toks.get(v);
        String vl = verb.lower();
        if (isInvertedPronoun(vl)) return lastPersonBefore(q.open());
        int from = q.close() + verb.end();
        if (v + 1 < toks.size()) {
            String next = toks.get(v + 1).lower();
            if (isInvertedPronoun(next)) return lastPersonBefore(q.open());
        }
        String named = firstNameIn(from, Math.min(stop, from + 70));
        if (named != null) return named;
        // a role: « le président turc »
        List<String> phrase = new ArrayList<>();
        for (int i = v + 1; i < toks.size() && phrase.size() < 6; i++) {
            Token t = toks.get(i);
            String l = t.lower();
            if (!t.isWord()) { if (phrase.isEmpty() && (l.equals("-"))) continue; break; }
            if (phrase.isEmpty() && (RoleMemory.isDeterminer(l) || isAuxiliary(l) || l.equals("encore") || l.equals("alors"))) continue;
            phrase.add(l);
        }
        return roles.lookup(phrase);
    }

    /** X a déclaré : « … » ; selon X, « … ». */
    private String before(QuoteFinder.Found q) {
        int s = q.open();
        int k = s - 1;
        while (k >= 0 && s - k < 250) {
            char c = text.charAt(k);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '»' || c == '”') break;
            k--;
        }
        int from = k + 1;
        List<Token> toks = FrenchTokenizer.tokenize(text, from, s, Integer.MAX_VALUE);
        int colon = text.indexOf(':', from);
        boolean attributed = colon >= 0 && colon < s;
        for (Token t : toks) if (AttributionVerbs.isVerb(t.lower())) { attributed = true; break; }
        if (!attributed) return null;
        String name = lastNameIn(from, s);
        if (name != null) return name;
        for (Token t : toks) {
            String l = t.lower();
            if (l.equals("il") || l.equals("elle")) return lastPersonBefore(from);
        }
        return null;
    }

    /** The first name after the verb; an organisation just before a person qualifies them (« le député LR Jean X »). */
    private String firstNameIn(int from, int to) {
        FrenchExtractor.Located first = null;
        for (FrenchExtractor.Located m : all) {
            if (m.section() != section || m.start() < from || m.start() >= to || m.type() == EntityType.PLACE || addressed(m)) continue;
            if (first == null) {
                if (m.type() == EntityType.PERSON) return m.canonical();
                first = m;
            } else {
                return m.type() == EntityType.PERSON && m.start() - first.end() <= 3 ? m.canonical() : first.canonical();
            }
        }
        return first == null ? null : first.canonical();
    }

    private String lastNameIn(int from, int to) {
        String found = null;
        for (FrenchExtractor.Located m : all)
            if (m.section() == section && m.start() >= from && m.end() <= to && m.type() != EntityType.PLACE && !addressed(m)) found = m.canonical();
        return found;
    }

    /**
     * A name the words are said to or through is no speaker: « a-t-il déclaré à l'AFP », « a-t-il écrit sur Twitter »,
     * « a confié au Parisien », « au micro de RTL », « auprès du ministre ».
     */
    private boolean addressed(FrenchExtractor.Located m) {
        int k = m.start();
        if (k >= 2 && (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '’') && Character.toLowerCase(text.charAt(k - 2)) == 'l') k -= 2;
        Word w = wordBefore(k);
        if (w.lower().equals("la") || w.lower().equals("le") || w.lower().equals("les")) w = wordBefore(w.start());
        return switch (w.lower()) {
            case "à", "au", "aux", "sur", "dans", "devant", "chez", "via" -> true;
            case "de", "du", "des", "d" -> switch (wordBefore(w.start()).lower()) {
                case "auprès", "micro", "antenne", "plateau", "colonnes", "compte" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** A lower-cased word and where it starts in the text. */
    private record Word(String lower, int start) {}

    /** The word ending just before {@code end}, spaces and an elided « d' » skipped. */
    private Word wordBefore(int end) {
        int k = end;
        while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) k--;
        if (k > 0 && (text.charAt(k - 1) == '\'' || text.charAt(k - 1) == '’')) k--;
        int e = k;
        while (k > 0 && Character.isLetter(text.charAt(k - 1)) && e - k < 12) k--;
        return new Word(text.substring(k, e).toLowerCase(java.util.Locale.ROOT), k);
    }

    /** « confie-t-il », « a-t-elle », « -t-il »: the speaker is the last person named. */
    private static boolean isInvertedPronoun(String l) {
        return l.endsWith("-il") || l.endsWith("-elle") || l.endsWith("-ils") || l.endsWith("-elles") || l.equals("t-il") || l.equals("t-elle");
    }

    /** The last person named before {@code pos} (in this section or an earlier one). */
    private String lastPersonBefore(int pos) {
        String found = null;
        for (FrenchExtractor.Located m : all) {
            if (m.type() != EntityType.PERSON) continue;
            if (m.section().ordinal() < section.ordinal() || m.section() == section && m.end() <= pos) found = m.canonical();
        }
        return found;
    }

    /** Quotes one after the other, with at most a few words between them (« … ». « … », or « … », et « … »). */
    private boolean adjacent(int from, int to) {
        int words = 0;
        for (Token t : FrenchTokenizer.tokenize(text, from, to, Integer.MAX_VALUE)) if (t.isWord()) words++;
        return words <= 3;
    }

    private boolean noNameBetween(int from, int to) {
        for (FrenchExtractor.Located m : all)
            if (m.section() == section && m.start() >= from && m.end() <= to && m.type() == EntityType.PERSON) return false;
        return true;
    }

    private static boolean isAuxiliary(String l) {
        return switch (l) {
            case "a", "avait", "ont", "avaient", "aurait", "auraient", "va", "s'est", "s’est", "se", "est", "n'a", "n’a",
                 "a-t-il", "a-t-elle", "avait-il", "avait-elle", "ne", "pas", "encore", "également", "alors", "aussi",
                 "ensuite", "enfin", "plus", "tard", "t-il", "vient", "de", "d'", "d’", "fait", "faisait" -> true;
            default -> false;
        };
    }
}
