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

    /** Lower-cased words that are written lowercase more often than capitalised inside sentences. */
    final Set<String> common;
    /** Lower-cased given names. */
    final Set<String> firstNames;
    /** Name key ({@link ActorNames#normalizeKey}) → type. */
    final Map<String, EntityType> gazetteer;

    /** Every word-boundary prefix of a gazetteer key, so a lookup stops as soon as no name can match. */
    final Set<String> gazetteerPrefixes;

    private Lexicons(Set<String> common, Set<String> firstNames, Map<String, EntityType> gazetteer) {
        this.common = common;
        this.firstNames = firstNames;
        this.gazetteer = gazetteer;
        Set<String> prefixes = new HashSet<>();
        for (String k : gazetteer.keySet())
            for (int i = k.indexOf(' '); i > 0; i = k.indexOf(' ', i + 1)) prefixes.add(k.substring(0, i));
        this.gazetteerPrefixes = Set.copyOf(prefixes);
    }

    static Lexicons of(Set<String> common, Set<String> firstNames, Map<String, EntityType> gazetteer) {
        return new Lexicons(common, firstNames, gazetteer);
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
        readLines(GAZETTEER, line -> {
            int tab = line.indexOf('\t');
            if (tab < 0) throw new IllegalStateException("bad line in " + GAZETTEER + ": " + line);
            gaz.put(ActorNames.normalizeKey(line.substring(tab + 1)), EntityType.valueOf(line.substring(0, tab)));
        });
        return new Lexicons(Set.copyOf(common), Set.copyOf(first), Map.copyOf(gaz));
    }

    private static void readLines(String name, Consumer<String> sink) {
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
