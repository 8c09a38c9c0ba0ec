package kiosque.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the extractor's name lists from data: typed names of an annotated training set (seeds) and a
 * corpus of raw French news (silver data: capitalisation statistics, and names typed by the same context
 * cues the extractor uses). Only names and single words are written, never article text.
 *
 * <p>Two passes over the corpus: first capitalisation counts (which words are common words when they
 * start a sentence), then name candidates with their context votes.
 */
public final class LexiconBuilder {
    private final Map<String, int[]> caseCounts = new HashMap<>(); // lower word → [lowercase, capitalised mid-sentence, capitalised sentence-initial]
    private final Map<String, int[]> seedVotes = new HashMap<>();  // key → [per, org, loc]
    private final Map<String, String> surface = new HashMap<>();
    private final Map<String, Map<String, Integer>> surfaceCounts = new HashMap<>(); // key → written form → count
    private final Map<String, Integer> seedFirstNames = new HashMap<>();
    private final Map<String, int[]> silverVotes = new HashMap<>(); // key → [per, org, loc, count]
    private final Map<String, Integer> orgPhrases = new HashMap<>();
    private final Map<String, Integer> orgHeads = new HashMap<>();
    private final Map<String, Integer> afterArticle = new HashMap<>(); // one-word name key → times after le/la/l'/les
    private final Map<String, Integer> afterGivenName = new HashMap<>(); // one-word key → times written after a given name (« Adolf Hitler »)
    private final Map<String, int[]> acronyms = new HashMap<>(); // lower acronym → [after un/une, elsewhere]
    private final Map<String, Integer> strongPersonVotes = new HashMap<>(); // key → person votes from more than « selon X », « par X », « X affirme »
    private final Map<String, int[]> givenNameUses = new HashMap<>(); // given name → [alone, alone after a preposition, alone with a person cue, opening a longer name]
    private final Lexicons.General general = Lexicons.general();
    private Set<String> common = Set.of();
    private Lexicons view;
    private Set<String> firstNames = Set.of();
    private Set<String> anyGivenName = Set.of();
    private final Map<String, List<String>> explained = new HashMap<>(); // key → contexts that voted, for --explain

    /** Names whose votes {@link #explain} reports with the contexts that cast them (diagnostics only). */
    public void explainKeys(java.util.Collection<String> names) {
        for (String n : names) explained.put(ActorNames.normalizeKey(n), new ArrayList<>());
    }

    /** For each name of {@link #explainKeys}: its summed votes [per, org, loc, seen] and up to 40 contexts. */
    public Map<String, String> explain() {
        Map<String, String> out = new TreeMap<>();
        explained.forEach((k, ctx) -> {
            int[] v = silverVotes.getOrDefault(k, new int[4]);
            out.put(k, "per " + v[0] + " org " + v[1] + " loc " + v[2] + " seen " + v[3] + "\n    " + String.join("\n    ", ctx));
        });
        return out;
    }

    /** A typed name from annotated training data. */
    public void addSeed(String name, EntityType type) {
        List<Token> toks = FrenchTokenizer.tokenize(name);
        int a = 0;
        while (a < toks.size() && (FrenchCues.titleToken(toks.get(a).lower()) || !toks.get(a).isWord())) a++;
        int b = a;
        while (b < toks.size() && (toks.get(b).isWord() || toks.get(b).text().equals("'") || toks.get(b).text().equals("-"))) b++;
        if (a >= b || !toks.get(a).capitalised()) return;
        String s = name.substring(toks.get(a).start(), toks.get(b - 1).end());
        if (s.length() < 2) return;
        String key = ActorNames.normalizeKey(s);
        seedVotes.computeIfAbsent(key, k -> new int[3])[type.ordinal()]++;
        surface.putIfAbsent(key, s);
        if (type == EntityType.PERSON && b - a >= 2) seedFirstNames.merge(toks.get(a).lower(), 1, Integer::sum);
    }

    /** Pass 1: how often each word is written lowercase and capitalised inside a sentence. */
    public void countCase(String text) {
        List<Token> toks = FrenchTokenizer.tokenize(text);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.isWord() || Character.isDigit(t.text().charAt(0))) continue;
            if (t.allCaps() && t.text().length() <= 6) {
                String prev = i > 0 ? toks.get(i - 1).lower() : "";
                acronyms.computeIfAbsent(t.lower(), k -> new int[2])[prev.equals("un") || prev.equals("une") ? 0 : 1]++;
            }
            if (t.capitalised()) {
                if (FrenchTokenizer.sentenceInitial(toks, i, text)) {
                    caseCounts.computeIfAbsent(t.lower(), k -> new int[3])[2]++;
                } else {
                    caseCounts.computeIfAbsent(t.lower(), k -> new int[3])[1]++;
                }
            } else {
                int[] c = caseCounts.get(t.lower());
                if (c != null) c[0]++;
                else caseCounts.put(t.lower(), new int[] {1, 0, 0});
            }
        }
    }

    /** Between the passes: fixes the common words (with acronyms used as common nouns) and the given names. */
    public void endCasePass() {
        Set<String> c = new HashSet<>();
        caseCounts.forEach((w, n) -> { if (n[0] >= 2 && n[0] >= n[1]) c.add(w); });
        // « un SUV », « une ONG »: an acronym that takes an indefinite article is a common noun, not a name
        acronyms.forEach((w, n) -> { if (n[0] >= 3 && n[0] >= 0.05 * n[1]) c.add(w); });
        common = c;
        Set<String> f = new HashSet<>(general.givenNames());
        seedFirstNames.forEach((w, n) -> { if (n >= 2 && !common.contains(w) && w.length() > 1) f.add(w); });
        firstNames = f;
        // the general data set's given names too (« Adolf »), for the surnames written after them; not the common words (« rose »)
        Set<String> g = new HashSet<>(f);
        Lexicons.readLines(Lexicons.DATAFAKER_GIVEN_NAMES, l -> { String w = Token.lowerCase(l); if (!common.contains(w)) g.add(w); });
        anyGivenName = g;
        view = new LexiconsView(common, firstNames).lexicons();
    }

    /** Pass 2: name candidates of the corpus with their context votes. */
    public void countNames(String text) {
        NameFinder finder = new NameFinder(view);
        List<Token> toks = FrenchTokenizer.tokenize(text);
        for (NameSpan s : finder.candidates(text, toks)) {
            String key = ActorNames.normalizeKey(s.text());
            // « Adolf Hitler », « Joseph Staline »: the surname alone is that person, whatever « à Hitler » suggests
            String[] words = key.split(" ");
            if (words.length == 2 && s.endToken() - s.firstToken() == 2 && anyGivenName.contains(words[0]) && words[1].length() >= 3)
                afterGivenName.merge(words[1], 1, Integer::sum);
            countGivenNameUse(toks, s);
            if (key.length() < 2 || s.type() != null) continue;
            // « rue Foch », « place Staline », « lycée Gambetta »: a street or a building named after someone says
            // nothing about the name's own type
            if (s.firstToken() > 0 && NAMED_AFTER_HEADS.contains(toks.get(s.firstToken() - 1).lower())) continue;
            int[] v = FrenchCues.votes(toks, s.firstToken(), s.endToken());
            if (productName(toks, s.firstToken(), s.endToken())) v[1] += 2;
            List<String> ctx = explained.get(key);
            if (ctx != null && ctx.size() < 40 && v[0] + v[1] + v[2] > 0)
                ctx.add(java.util.Arrays.toString(v) + " " + text.substring(toks.get(Math.max(0, s.firstToken() - 4)).start(),
                        toks.get(Math.min(toks.size() - 1, s.endToken() + 3)).end()).replace('\n', ' '));
            int strong = v[0] - weakPersonVotes(toks, s.firstToken(), s.endToken());
            if (strong > 0) strongPersonVotes.merge(key, strong, Integer::sum);
            int[] acc = silverVotes.computeIfAbsent(key, k -> new int[4]);
            acc[0] += v[0]; acc[1] += v[1]; acc[2] += v[2]; acc[3]++;
            if (s.endToken() - s.firstToken() == 1 && s.firstToken() > 0 && articleOrContraction(toks.get(s.firstToken() - 1).lower()))
                afterArticle.merge(key, 1, Integer::sum);
            surfaceCounts.computeIfAbsent(key, k -> new HashMap<>(2)).merge(s.text(), 1, Integer::sum);
        }
        // organisation names that continue in lowercase: « Assemblée nationale », « Organisation mondiale de la santé »
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token h = toks.get(i);
            if (!h.capitalised() || !FrenchCues.ORG_HEADS.contains(h.lower())) continue;
            orgHeads.merge(h.lower(), 1, Integer::sum);
            StringBuilder phrase = new StringBuilder(h.text());
            boolean elided = false;
            for (int k = i + 1; k < toks.size() && k <= i + 6; k++) {
                Token t = toks.get(k);
                boolean link = FrenchCues.CONNECTORS.contains(t.lower());
                if (!link && !lowerWord(t)) break;
                if (!elided) phrase.append(' ');
                phrase.append(t.text());
                elided = t.text().endsWith("'") || t.text().endsWith("’");
                if (!link) orgPhrases.merge(phrase.toString(), 1, Integer::sum);
            }
        }
    }

    /**
     * « à Noël », « avant Noël », « le réveillon de Noël » against « Noël Le Graët »: how a given name is used alone
     * (after a preposition, with a person cue) and how often it opens a longer name.
     */
    private void countGivenNameUse(List<Token> toks, NameSpan s) {
        Token t = toks.get(s.firstToken());
        if (!t.capitalised() || t.allCaps() || !anyGivenName.contains(t.lower())) return;
        int[] u = givenNameUses.computeIfAbsent(t.lower(), k -> new int[4]);
        if (s.endToken() - s.firstToken() > 1) { u[3]++; return; }
        u[0]++;
        if (s.firstToken() > 0 && PREPOSITIONS.contains(toks.get(s.firstToken() - 1).lower())) u[1]++;
        if (FrenchCues.votes(toks, s.firstToken(), s.endToken())[0] > 0) u[2]++;
    }

    /** Prepositions after which a lone given name is mostly a feast, a place or a thing named after someone. */
    static final Set<String> PREPOSITIONS = Set.of("à", "de", "d'", "d’", "du", "au", "avant", "après", "depuis", "pour",
            "dès", "jusqu'à", "jusqu’à", "pendant", "durant", "vers", "en");

    /**
     * Given names that, alone, mostly are no person: used alone more often than as the start of a full name, mostly
     * after a preposition (« à Noël », « de Pâques ») and seldom with a person cue. Alone they need a person cue.
     */
    Set<String> ambiguousGivenNames() {
        Set<String> out = new TreeSet<>();
        givenNameUses.forEach((w, u) -> {
            if (u[0] >= 10 && u[0] > u[3] && u[1] >= 0.5 * u[0] && u[2] < 0.2 * u[0]) out.add(w);
        });
        return out;
    }

    /** « Roland-Garros », « Georges-Pompidou »: a given name joined to the next word by a hyphen, as places named after people are written. */
    static boolean hyphenatedAfterGivenName(String surface, String firstWord) {
        return surface != null && surface.length() > firstWord.length() && surface.charAt(firstWord.length()) == '-'
                && surface.indexOf(' ') < 0;
    }

    /**
     * The person votes of {@link FrenchCues#votes} that institutions earn as well as people: « selon Ipsos », « fourni
     * par Brembo », « Vigicrues annonce ».
     */
    static int weakPersonVotes(List<Token> toks, int start, int end) {
        int weak = 0;
        if (start > 0) {
            String l1 = toks.get(start - 1).lower();
            if (l1.equals("selon") || l1.equals("par")) weak++;
        }
        if (end < toks.size()) {
            String n1 = toks.get(end).lower();
            if (AttributionVerbs.isVerb(n1) && !n1.equals("selon")) weak++;
        }
        return weak;
    }

    /** « CFE-CGC », « CGT-Cheminots », « AFP Luka »: the first word (up to a hyphen or space) is two capitals or more. */
    static boolean opensWithAcronym(String surface) {
        if (surface == null) return false;
        int end = 0;
        while (end < surface.length() && surface.charAt(end) != '-' && surface.charAt(end) != ' ') end++;
        return end >= 2 && Token.of(surface.substring(0, end), 0, end).allCaps();
    }

    /** Lowercase or capitalised heads of streets, squares and buildings that are named after people and places alike. */
    static final Set<String> NAMED_AFTER_HEADS = Set.of("rue", "avenue", "boulevard", "bd", "place", "quai", "allée", "allées",
            "impasse", "cours", "chemin", "square", "esplanade", "parvis", "pont", "passage", "promenade", "rond-point", "cité",
            "résidence", "lycée", "collège", "école", "stade", "gymnase", "hôpital", "clinique", "gare", "station",
            "métro", "aéroport", "port", "parc", "jardin", "salle", "centre", "caserne", "musée", "médiathèque", "bibliothèque",
            "hôtel", "prix", "promotion", "fondation", "institut", "amphithéâtre", "porte", "tunnel", "canal");

    /**
     * A brand rather than a person: « une Porsche », « un Nokia », or a model number after the name (« Porsche 911 »,
     * « Airbus A320 » reads as one name already); not a year or a day (« Nokia 2018 », « Paris 14 juillet »).
     */
    static boolean productName(List<Token> toks, int start, int end) {
        if (end - start != 1) return false;
        String l1 = start > 0 ? toks.get(start - 1).lower() : "";
        if (l1.equals("un") || l1.equals("une")) return true;
        if (end >= toks.size()) return false;
        Token n = toks.get(end);
        String after = end + 1 < toks.size() ? toks.get(end + 1).lower() : "";
        return FrenchCues.isNumber(n.text()) && n.start() == toks.get(end - 1).end() + 1 && n.text().length() >= 2 && n.text().length() <= 4
                && !(n.text().length() == 4 && (n.text().startsWith("19") || n.text().startsWith("20"))) && !DateWords.isMonth(after)
                && !after.equals("ans") && !after.equals("%");
    }

    private static boolean articleOrContraction(String l) {
        return NameFinder.definiteArticle(l) || l.equals("du") || l.equals("des") || l.equals("au") || l.equals("aux");
    }

    private static boolean lowerWord(Token t) {
        return t.isWord() && Character.isLowerCase(t.text().charAt(0)) && t.text().length() >= 4;
    }

    /** Writes common-words.txt, first-names.txt and gazetteer.tsv into {@code dir}. */
    public Summary write(Path dir, String provenance) throws IOException {
        Files.createDirectories(dir);
        Map<String, EntityType> gaz = new TreeMap<>();
        Map<String, Set<String>> personFirst = new HashMap<>(); // first word of persons → the words written after it
        // only names also written alone: the others need no entry (the extractor finds them after their given name)
        afterGivenName.forEach((key, n) -> {
            int[] v = silverVotes.get(key);
            if (v != null) { v[0] += n; v[3] += n; } // weight 2 (as a title) typed too many surnames alone: modern 0.866 → 0.855
        });
        silverVotes.forEach((key, v) -> {
            int total = v[0] + v[1] + v[2];
            if (v[3] < 3 || total < 4) return;
            int best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
            if (v[best] < 0.65 * total) return;
            if (Character.isDigit(key.charAt(0)) || common.contains(key) || general.notNames().contains(key) || general.names().containsKey(key)) return;
            if (key.indexOf(' ') < 0 && view.isCommon(key)) return;
            // « l'État », « la République », « les Français »: one word that mostly follows an article is a generic
            // noun or a demonym (countries, which take articles too, come from the general list)
            if (key.indexOf(' ') < 0 && afterArticle.getOrDefault(key, 0) >= 0.5 * v[3]) return;
            // « hommage à Johnny Hallyday »: a name that starts with a given name is a person unless clearly not
            String firstWord = key.indexOf(' ') > 0 ? key.substring(0, key.indexOf(' ')) : null;
            // (not « Roland-Garros », « Robert-Debré »: a person's name joined by a hyphen names a place after him)
            if (firstWord != null && best == 2 && firstNames.contains(firstWord) && !general.names().containsKey(key)
                    && !(hyphenatedAfterGivenName(preferredSurface(key), firstWord) && !firstNames.contains(key.substring(firstWord.length() + 1)))) best = 0;
            // « la tour Eiffel » 200 times, « Gustave Eiffel » or a cue a few: a lone word typed person by a handful of
            // its sightings is mostly something else
            if (key.indexOf(' ') < 0 && best == 0 && v[0] < 0.1 * v[3]) return;
            // « délégué CFE-CGC », « l'AFP Luka Gorgievski »: a name that opens with an acronym is no person's
            if (best == 0 && opensWithAcronym(preferredSurface(key))) return;
            // « selon Médiamétrie », « réalisé par Odoxa »: a lone word never introduced as a person (title, role, age,
            // apposition, a given name before it) is an institution that speaks, not a person
            if (key.indexOf(' ') < 0 && best == 0 && strongPersonVotes.getOrDefault(key, 0) + afterGivenName.getOrDefault(key, 0) < 2) return;
            gaz.put(key, EntityType.values()[best]);
            if (best == 0) {
                String[] parts = key.split(" ");
                if (parts.length >= 2 && parts.length <= 3) personFirst.computeIfAbsent(parts[0], k -> new HashSet<>()).add(parts[1]);
            }
        });
        seedVotes.forEach((key, v) -> {
            if (gaz.containsKey(key) || common.contains(key)) return;
            int best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
            gaz.put(key, EntityType.values()[best]);
        });
        orgPhrases.forEach((phrase, n) -> {
            if (n < 20) return;
            String head = phrase.substring(0, phrase.indexOf(' ')).toLowerCase(java.util.Locale.ROOT);
            String parent = shorterPhrase(phrase);
            // a two-word name is a fair share of its head's uses; a longer one most uses of the name it extends
            boolean kept = parent == null ? n >= 0.05 * orgHeads.getOrDefault(head, 0) : n >= 0.5 * orgPhrases.getOrDefault(parent, 0);
            if (kept) gaz.putIfAbsent(ActorNames.normalizeKey(phrase), EntityType.ORGANIZATION);
        });
        Set<String> first = new TreeSet<>(firstNames);
        // a given name opens persons with different surnames: « Audi Sport » and « Audi Sport GmbH », or « SNCF Réseau »
        // and « SNCF Mobilités » written in capitals, make no given name
        personFirst.forEach((w, next) -> {
            if (next.size() >= 2 && !common.contains(w) && !Token.of(surfaceOf(w), 0, 0).allCaps()) first.add(w);
        });

        try (Writer w = Files.newBufferedWriter(dir.resolve(Lexicons.COMMON), StandardCharsets.UTF_8)) {
            w.write("# " + provenance + "\n# words written lowercase at least as often as capitalised inside a sentence\n");
            Set<String> words = new TreeSet<>(keepCapitalisedOnce());
            words.addAll(articleLed());
            for (String c : words) w.write(c + "\n");
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(Lexicons.FIRST_NAMES), StandardCharsets.UTF_8)) {
            w.write("# " + provenance + "\n");
            for (String f : first) w.write(f + "\n");
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(Lexicons.AMBIGUOUS_GIVEN_NAMES), StandardCharsets.UTF_8)) {
            w.write("# " + provenance + "\n# given names mostly used alone after a preposition, not as a person (« à Noël »)\n");
            for (String a : ambiguousGivenNames()) w.write(a + "\n");
        }
        int[] perType = new int[3];
        try (Writer w = Files.newBufferedWriter(dir.resolve(Lexicons.GAZETTEER), StandardCharsets.UTF_8)) {
            w.write("# " + provenance + "\n# TYPE<TAB>name\n");
            for (Map.Entry<String, EntityType> e : gaz.entrySet()) {
                String s = preferredSurface(e.getKey());
                if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0) continue;
                w.write(e.getValue().name() + "\t" + s + "\n");
                perType[e.getValue().ordinal()]++;
            }
        }
        return new Summary(keepCapitalisedOnce().size(), first.size(), perType[0], perType[1], perType[2]);
    }

    /** The phrase one content word shorter (« Organisation mondiale » for « Organisation mondiale de la santé »), or null at two words. */
    private String shorterPhrase(String phrase) {
        String[] w = phrase.split(" ");
        if (w.length <= 2) return null;
        int end = w.length - 1;
        while (end > 1 && (FrenchCues.CONNECTORS.contains(w[end - 1].toLowerCase(java.util.Locale.ROOT)))) end--;
        return end <= 1 ? null : String.join(" ", java.util.Arrays.copyOf(w, end));
    }

    /**
     * The form a facet shows: among the frequent spellings of a name (at least a third of the most frequent one),
     * the one with the most accents, since French capitals keep theirs (« Édouard Philippe », not « Edouard »).
     */
    private String preferredSurface(String key) {
        Map<String, Integer> forms = surfaceCounts.get(key);
        if (forms == null) return surface.getOrDefault(key, key);
        int max = forms.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        String best = null;
        int bestScore = -1;
        for (var f : forms.entrySet()) {
            if (f.getValue() * 3 < max) continue;
            int score = diacritics(f.getKey()) * 1_000_000 + f.getValue();
            if (score > bestScore) { best = f.getKey(); bestScore = score; }
        }
        return best;
    }

    private static int diacritics(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 128) n++;
        return n;
    }

    /**
     * One-word names that mostly follow an article (« la République », « les Français », « l'État »): generic nouns
     * and demonyms, treated as common words (the general lists' countries, which take articles too, are kept).
     */
    private Set<String> articleLed() {
        Set<String> out = new TreeSet<>();
        silverVotes.forEach((key, v) -> {
            if (key.indexOf(' ') < 0 && v[3] >= 5 && afterArticle.getOrDefault(key, 0) >= 0.5 * v[3]
                    && !general.names().containsKey(key) && !general.givenNames().contains(key)
                    && !Token.of(surfaceOf(key), 0, 0).allCaps()) // « la CGT »: acronyms take articles too
                out.add(Token.lowerCase(surfaceOf(key)));
        });
        return out;
    }

    private String surfaceOf(String key) { String s = preferredSurface(key); return s == null ? key : s; }

    /** Only common words that were seen capitalised somewhere matter (the others never start a name). */
    private List<String> keepCapitalisedOnce() {
        List<String> out = new ArrayList<>();
        for (String c : common) {
            int[] n = caseCounts.get(c);
            if (n != null && n[1] + n[2] >= 1) out.add(c);
        }
        return out;
    }

    public record Summary(int commonWords, int firstNames, int persons, int organisations, int places) {}

    /** Lexicons under construction, so the builder runs the same candidate finder as the extractor. */
    private record LexiconsView(Set<String> common, Set<String> firstNames) {
        Lexicons lexicons() { return Lexicons.of(common, firstNames, Map.of(), Lexicons.general().notNames()); }
    }
}
