package kiosque.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@code places-cldr.txt}: the French names of the countries and world regions (UN M.49 codes) that the
 * JDK ships in its CLDR locale data, so that a country the news corpus rarely shows (« Suède », « Bhoutan ») is
 * known as a place even after an article (« la Suède »), where unknown words are read as common nouns.
 *
 * <p>Re-run with: {@code java -cp target/classes kiosque.extract.PlaceNamesBuilder src/main/resources/kiosque/extract/places-cldr.txt}
 */
public final class PlaceNamesBuilder {
    private PlaceNamesBuilder() {}

    /** M.49 codes of continents and sub-regions whose French names are places (« Europe de l'Est », « Amérique latine »). */
    // not 001 « Monde »: the world is a common noun in French (« la Coupe du Monde »), no place a facet should show
    private static final List<String> REGIONS = List.of("002", "003", "005", "009", "011", "013", "014", "015", "017",
            "018", "019", "021", "029", "030", "034", "035", "039", "053", "054", "061", "142", "143", "145", "150", "151",
            "154", "155", "419");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: PlaceNamesBuilder OUT.txt");
        List<String> lines = new ArrayList<>();
        lines.add("# built by kiosque.extract.PlaceNamesBuilder from the JDK's CLDR data (" + System.getProperty("java.version")
                + "): French names of ISO 3166 countries and UN M.49 regions");
        lines.addAll(names());
        Files.write(Path.of(args[0]), lines, StandardCharsets.UTF_8);
    }

    static Set<String> names() {
        Set<String> out = new TreeSet<>();
        for (String cc : Locale.getISOCountries()) add(new Locale.Builder().setRegion(cc).build().getDisplayCountry(Locale.FRENCH), out);
        for (String r : REGIONS) add(new Locale.Builder().setRegion(r).build().getDisplayCountry(Locale.FRENCH), out);
        return out;
    }

    /** « Myanmar (Birmanie) » gives both names; administrative labels (« R.A.S. chinoise de Macao ») and lowercase ones are left out. */
    private static void add(String name, Set<String> out) {
        if (name.isBlank() || name.contains(".") || !Character.isUpperCase(name.charAt(0))) return;
        int p = name.indexOf(" (");
        if (p > 0 && name.endsWith(")")) {
            add(name.substring(0, p), out);
            add(name.substring(p + 2, name.length() - 1), out);
            return;
        }
        out.add(name.replace('’', '\''));
    }
}
