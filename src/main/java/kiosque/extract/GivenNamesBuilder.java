package kiosque.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Builds {@code given-names-datafaker.txt}: the given names of Datafaker's locale files (Apache-2.0), written in
 * Latin script, so that people with a given name the news corpus rarely shows (« Norbert », « Oscar ») are
 * still recognised. Only the {@code *first_name} lists are read.
 *
 * <p>Re-run with the Datafaker jar from the local Maven repository:
 * <pre>
 *   mvn -q dependency:get -Dartifact=net.datafaker:datafaker:2.7.0 -Dtransitive=false
 *   java -cp target/classes kiosque.extract.GivenNamesBuilder ~/.m2/repository/net/datafaker/datafaker/2.7.0/datafaker-2.7.0.jar \
 *        src/main/resources/kiosque/extract/given-names-datafaker.txt
 * </pre>
 */
public final class GivenNamesBuilder {
    private GivenNamesBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: GivenNamesBuilder DATAFAKER.jar OUT.txt");
        Set<String> names = read(Path.of(args[0]));
        List<String> lines = new ArrayList<>();
        lines.add("# built by kiosque.extract.GivenNamesBuilder from " + Path.of(args[0]).getFileName()
                + " (Apache-2.0): the *first_name lists of its locales, Latin script only");
        lines.addAll(names);
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[1] + ": " + names.size() + " given names");
    }

    static Set<String> read(Path jar) throws IOException {
        Set<String> out = new TreeSet<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : Collections.list(z.entries())) {
                if (!e.getName().endsWith(".yml")) continue;
                try (BufferedReader r = new BufferedReader(new InputStreamReader(z.getInputStream(e), StandardCharsets.UTF_8))) {
                    readYaml(r, e.getName(), out);
                }
            }
        }
        return out;
    }

    /** The values of keys ending in {@code first_name}, inline ([a, b]) or as a block list (- "a"). */
    static void readYaml(BufferedReader r, String where, Set<String> out) {
        try {
            int listIndent = -1;
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                int indent = line.indexOf(t.isEmpty() ? " " : t.substring(0, 1));
                if (listIndent >= 0) {
                    if (t.startsWith("- ") && indent >= listIndent) { add(t.substring(2), out); continue; }
                    listIndent = -1;
                }
                int colon = t.indexOf(':');
                if (colon <= 0 || !t.substring(0, colon).endsWith("first_name")) continue;
                String value = t.substring(colon + 1).strip();
                if (value.startsWith("[") && value.endsWith("]")) {
                    for (String v : value.substring(1, value.length() - 1).split(",")) add(v, out);
                } else if (value.isEmpty()) listIndent = indent;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + where, e);
        }
    }

    private static void add(String raw, Set<String> out) {
        String v = raw.strip();
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')) v = v.substring(1, v.length() - 1).strip();
        if (v.length() < 3 || v.contains("#{") || !Character.isUpperCase(v.codePointAt(0))) return;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            boolean ok = cp == '-' || Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
            if (!ok) return;
            i += Character.charCount(cp);
        }
        out.add(v);
    }
}
