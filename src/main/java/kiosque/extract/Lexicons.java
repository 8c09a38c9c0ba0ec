package kiosque.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The name lists built by {@link LexiconBuilder} (see {@code ./kiosque eval lexicons}), loaded once from the
 * classpath and shared read-only by every extractor thread.
 */
final class Lexicons {
    static final String DIR = "/kiosque/extract/";
    static final String COMMON = "common-words.txt";
    static final String FIRST_NAMES = "first-names.txt";
    static final String GAZETTEER = "gazetteer.tsv";
    /** Given names that alone are mostly no person (« à Noël »), learnt from the corpus by {@link LexiconBuilder}. */
    static final String AMBIGUOUS_GIVEN_NAMES = "ambiguous-given-names.txt";
    /** Hand-written lists of general French usage (not built from data); they win over the built gazetteer. */
    static final String GENERAL_PLACES = "general-places.txt";
    static final String GENERAL_ORGANISATIONS = "general-organisations.txt";
    static final String GENERAL_GIVEN_NAMES = "general-given-names.txt";
    static final String NOT_NAMES = "not-names.txt";
    /** Given names of many languages from a general data set (see {@link GivenNamesBuilder}). */
    static final String DATAFAKER_GIVEN_NAMES = "given-names-datafaker.txt";
    /** Countries and world regions in French from the JDK's CLDR data (see {@link PlaceNamesBuilder}). */
    static final String CLDR_PLACES = "places-cldr.txt";
    /** Hand-written historical states, regions, rivers and seas of general French usage. */
    static final String HISTORICAL_PLACES = "historical-places.txt";

    /** Lower-cased words that are written lowercase more often than capitalised inside sentences. */
    final Set<String> common;
    /** Lower-cased given names. */
    final Set<String> firstNames;
    /** The given names of the corpus and the general list, without the general data set's rarer ones (« Nanny », « Love »). */
    final Set<String> newsGivenNames;
    /** Lower-cased given names that alone are mostly no person (« à Noël »): alone they need a person cue. */
    final Set<String> ambiguousGivenNames;
    /** Name key ({@link ActorNames#normalizeKey}) → type. */
    final Map<String, EntityType> gazetteer;
    /** Name key → the written form facets show (the general lists' spelling, or the corpus's preferred one). */
    final Map<String, String> surfaces;

    /** Name keys that are never an entity (page furniture, diseases, acronyms used as common nouns). */
    final Set<String> notNames;
    /** The common words folded like name keys (« etat » for « état »), for words written without accents. */
    final Set<String> commonKeys;

    /**
     * Name keys of the last word of known people's full names (« churchill » of « Winston Churchill ») that are no
     * known place or organisation, no common word and no given name: alone, such a word is mostly that surname.
     */
    final Set<String> surnames;

    /** Every word-boundary prefix of a gazetteer key, so a lookup stops as soon as no name can match. */
    final Set<String> gazetteerPrefixes;

    private Lexicons(Set<String> common, Set<String> firstNames, Map<String, EntityType> gazetteer, Set<String> notNames,
                     Map<String, String> surfaces, Set<String> ambiguousGivenNames, Set<String> newsGivenNames) {
        this.surfaces = surfaces;
        this.newsGivenNames = newsGivenNames;
        this.ambiguousGivenNames = ambiguousGivenNames;
        this.common = common;
        this.firstNames = firstNames;
        this.gazetteer = gazetteer;
        this.notNames = notNames;
        Set<String> keys = new HashSet<>();
        for (String c : common) keys.add(ActorNames.normalizeKey(c));
        this.commonKeys = Set.copyOf(keys);
        Set<String> prefixes = new HashSet<>();
        for (String k : gazetteer.keySet())
            for (int i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) prefixes.add(k.substring(0, i));
        this.gazetteerPrefixes = Set.copyOf(prefixes);
        Set<String> last = new HashSet<>();
        gazetteer.forEach((k, t) -> {
            if (t != EntityType.PERSON) return;
            String[] w = k.split(" ");
            if (w.length < 2 || w.length > 3 || !firstNames.contains(w[0])) return;
            String s = w[w.length - 1];
            if (s.length() >= 3 && !gazetteer.containsKey(s) && !firstNames.contains(s) && !isCommon(s)) last.add(s);
        });
        this.surnames = Set.copyOf(last);
    }

    static Lexicons of(Set<String> common, Set<String> firstNames, Map<String, EntityType> gazetteer, Set<String> notNames) {
        return new Lexicons(common, firstNames, gazetteer, notNames, Map.of(), Set.of(), firstNames);
    }

    /** True for a lone word that is usually written lowercase: with or without its accents (« Etat »). */
    boolean isCommon(String lower) {
        return common.contains(lower) || commonKeys.contains(ActorNames.normalizeKey(lower));
    }

    /** A given name, simple or compound (« Marie-Antoinette », « José-Maria »: every part a given name). */
    boolean isGivenName(String lower) {
        if (firstNames.contains(lower)) return true;
        int h = lower.indexOf('-');
        if (h <= 0) return false;
        for (String part : lower.split("-")) if (part.isEmpty() || !firstNames.contains(part)) return false;
        return true;
    }

    /** The hand-written general lists: given names, and names typed by general knowledge. */
    record General(Set<String> givenNames, Map<String, EntityType> names, Set<String> notNames, Map<String, String> surfaces) {}

    /** The preferred written form of a name of this type, or the name itself when the lexicons do not know it. */
    String preferred(EntityType type, String name) {
        String k = ActorNames.normalizeKey(name);
        if (gazetteer.get(k) == type) return surfaces.getOrDefault(k, name);
        if (type == EntityType.ORGANIZATION)
            for (String article : new String[] {"le ", "la ", "les ", "l'"})
                if (gazetteer.get(article + k) == EntityType.ORGANIZATION) return surfaces.getOrDefault(article + k, name);
        return name;
    }

    static General general() {
        Set<String> given = new HashSet<>();
        readLines(GENERAL_GIVEN_NAMES, l -> given.add(Token.lowerCase(l)));
        Map<String, EntityType> names = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        readLines(GENERAL_PLACES, l -> { names.put(ActorNames.normalizeKey(l), EntityType.PLACE); surfaces.putIfAbsent(ActorNames.normalizeKey(l), l); });
        readLines(GENERAL_ORGANISATIONS, l -> {
            // « Les Républicains | LR »: every form is the organisation, facets show the first
            String[] forms = l.split("\\s*\\|\\s*");
            for (String f : forms) {
                if (f.isEmpty()) throw new IllegalStateException("empty form in " + GENERAL_ORGANISATIONS + ": " + l);
                String k = ActorNames.normalizeKey(f);
                names.put(k, EntityType.ORGANIZATION);
                surfaces.putIfAbsent(k, forms[0]);
                // « le Journal du dimanche » is also written without its article
                String bare = withoutArticle(k);
                if (bare != null) surfaces.putIfAbsent(bare, forms[0]);
            }
        });
        Set<String> not = new HashSet<>();
        readLines(NOT_NAMES, l -> not.add(ActorNames.normalizeKey(l)));
        return new General(Set.copyOf(given), Map.copyOf(names), Set.copyOf(not), Map.copyOf(surfaces));
    }

    private static String withoutArticle(String key) {
        for (String a : new String[] {"le ", "la ", "les ", "l'"})
            if (key.startsWith(a) && key.length() > a.length()) return key.substring(a.length());
        return null;
    }

    private static final class Holder {
        static final Lexicons INSTANCE = load();
    }

    static Lexicons get() { return Holder.INSTANCE; }

    private static Lexicons load() {
        Set<String> common = new HashSet<>();
        readLines(COMMON, common::add);
        Set<String> first = new HashSet<>();
        readLines(FIRST_NAMES, first::add);
        Map<String, EntityType> gaz = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        readLines(GAZETTEER, line -> {
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalStateException("bad line in " + GAZETTEER + ": " + line);
            String k = ActorNames.normalizeKey(line.substring(tab + 1));
            gaz.put(k, EntityType.valueOf(line.substring(0, tab)));
            surfaces.put(k, line.substring(tab + 1));
        });
        General g = general();
        first.addAll(g.givenNames());
        gaz.putAll(g.names());
        surfaces.putAll(g.surfaces());
        for (String k : g.notNames()) gaz.remove(k);
        // countries and historical regions are places unless the built lists know the name otherwise (« Hollande » is
        // a person in today's news) or it is a given name (« Dominique »); they win over the common words, so
        // « la Prusse » or « le Danube » no longer read as a common noun after its article
        Consumer<String> place = l -> {
            String k = ActorNames.normalizeKey(l);
            if (!first.contains(Token.lowerCase(l)) && !g.notNames().contains(k) && gaz.putIfAbsent(k, EntityType.PLACE) == null) surfaces.put(k, l);
        };
        Set<String> news = new HashSet<>(first);
        readLines(CLDR_PLACES, place);
        readLines(HISTORICAL_PLACES, place);
        // a given name of the general data set that French writes lowercase (« rose »), or that names a place or
        // an organisation here (« Paris », « France »), would make people of ordinary words
        Set<String> general = new HashSet<>(g.givenNames());
        readLines(DATAFAKER_GIVEN_NAMES, l -> {
            String w = Token.lowerCase(l), k = ActorNames.normalizeKey(l);
            general.add(w);
            // a given name the corpus saw alone as a person (« Enzo ») is still a given name
            EntityType known = gaz.get(k);
            if (!common.contains(w) && (known == null || known == EntityType.PERSON) && !g.notNames().contains(k)) first.add(w);
        });
        // « l'AFP Luka Gorgievski », « le député LR Eric Ciotti » taught the corpus builder that acronyms open people's
        // names: a corpus-found given name that is an organisation and no general given name is dropped
        first.removeIf(w -> gaz.get(ActorNames.normalizeKey(w)) == EntityType.ORGANIZATION && !general.contains(w));
        news.retainAll(first);
        Set<String> ambiguous = new HashSet<>();
        readLines(AMBIGUOUS_GIVEN_NAMES, ambiguous::add);
        return new Lexicons(Set.copyOf(common), Set.copyOf(first), Map.copyOf(gaz), g.notNames(), Map.copyOf(surfaces), Set.copyOf(ambiguous), Set.copyOf(news));
    }

    static void readLines(String name, Consumer<String> sink) {
        try (InputStream in = Lexicons.class.getResourceAsStream(DIR + name)) {
            if (in == null) return; // lexicons not built yet: the cues still work
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) sink.accept(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + name, e);
        }
    }
}
