package kiosque.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import kiosque.cli.Main;
import kiosque.search.LuceneArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One kind of bad input per row, each run through the real {@code index} command on a folder that also holds good
 * articles (in files sorted before and after the bad one). For every kind: the run goes on, every good article is in
 * the archive, nothing else got in, stderr names the file, the line (when the problem is one line) and the reason,
 * and the exit code is 1 when input was skipped or degraded. Kinds that are not errors at all (another encoding, a
 * BOM, CRLF, markup, right-to-left text) must come through cleanly, with their text intact, and exit 0.
 */
class BadInputTest {

    /** The folder-of-tiny-files row: 100,000 files take about 15 s to index here; {@code -Dkiosque.tinyFiles=N} to change. */
    static final int TINY_FILES = Integer.getInteger("kiosque.tinyFiles", 100_000);

    @TempDir static Path tmp;

    /** Writes the bad input into the folder. */
    interface Setup {
        void write(Path folder) throws Exception;
    }

    /**
     * @param reports  patterns that stderr must contain, matched against whole report lines, with {@code FOLDER} for the folder
     * @param kept     ids from the bad file that must be in the archive too, with a fragment of their stored body (or "")
     * @param exit     1 when something is reported, 0 when the input is fine once decoded
     */
    record Kind(Setup setup, List<String> reports, Map<String, String> kept, int exit) {
        static Kind reported(Setup s, String... reports) { return new Kind(s, List.of(reports), Map.of(), 1); }

        Kind keeping(Map<String, String> ids) { return new Kind(setup, reports, ids, exit); }

        static Kind clean(Setup s, Map<String, String> kept) { return new Kind(s, List.of(), kept, 0); }
    }

    static String line(String id, String body) {
        return "{\"id\":\"" + id + "\",\"title\":\"Titre " + id + "\",\"article\":\"" + body + "\",\"date\":\"2019-05-04\"}\n";
    }

    static Path write(Path folder, String name, String text) throws IOException {
        return write(folder, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path folder, String name, byte[] bytes) throws IOException {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }

    static byte[] bytes(String s, Charset cs) { return s.getBytes(cs); }

    static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(b)) { out.write(s.getBytes(StandardCharsets.UTF_8)); }
        return b.toByteArray();
    }

    static Stream<Named<Kind>> kinds() {
        List<Named<Kind>> k = new ArrayList<>();
        k.add(Named.of("empty file", Kind.reported(f -> write(f, "empty.jsonl", new byte[0]),
                "FOLDER/empty.jsonl: skipped: empty file")));
        k.add(Named.of("binary file", Kind.reported(f -> {
            byte[] b = new byte[8192];
            new Random(5).nextBytes(b);
            write(f, "photo.json", b);
        }, "FOLDER/photo.json: skipped: binary file, not text")));
        k.add(Named.of("invalid UTF-8", Kind.reported(f -> {
            byte[] b = (line("utf-1", "Déjà vu à Noël.") + line("utf-2", "Suite.")).getBytes(StandardCharsets.UTF_8);
            b[new String(b, StandardCharsets.ISO_8859_1).indexOf("vu")] = (byte) 0xFF;
            write(f, "broken.jsonl", b);
        }, "FOLDER/broken.jsonl:1: kept, but invalid UTF-8 .*").keeping(Map.of("utf-1", "Déjà �u à Noël.", "utf-2", "Suite."))));
        k.add(Named.of("Windows-1252 French text", Kind.clean(f -> write(f, "vieux.txt",
                bytes("date 1998-07\nL’été « chaud » coûte 5 € à Besançon.", Charset.forName("windows-1252"))),
                Map.of("vieux", "L’été « chaud » coûte 5 € à Besançon."))));
        k.add(Named.of("Latin-1 JSON lines", Kind.clean(f -> write(f, "latin.jsonl",
                bytes(line("lat-1", "Le président a été élu à Besançon."), StandardCharsets.ISO_8859_1)),
                Map.of("lat-1", "Le président a été élu à Besançon."))));
        k.add(Named.of("UTF-8 BOM", Kind.clean(f -> {
            byte[] text = line("bom-1", "Élysée.").getBytes(StandardCharsets.UTF_8);
            byte[] b = new byte[text.length + 3];
            b[0] = (byte) 0xEF; b[1] = (byte) 0xBB; b[2] = (byte) 0xBF;
            System.arraycopy(text, 0, b, 3, text.length);
            write(f, "bom.jsonl", b);
        }, Map.of("bom-1", "Élysée."))));
        k.add(Named.of("CRLF line ends", Kind.clean(f -> {
            write(f, "dos.jsonl", line("crlf-1", "Ligne un.\\r\\n\\r\\nLigne deux.").replace("\n", "\r\n") + line("crlf-2", "Trois.").replace("\n", "\r\n"));
            write(f, "dos.txt", "date 2001\r\nPremier paragraphe.\r\n\r\nSecond paragraphe.\r\n");
        }, Map.of("crlf-1", "Ligne un.\n\nLigne deux.", "crlf-2", "Trois.", "dos", "Premier paragraphe.\n\nSecond paragraphe."))));
        k.add(Named.of("NUL and control characters", Kind.clean(f -> {
            write(f, "ctrl.jsonl", line("ctrl-1", "Avant\\u0000 après\\u0007 fin.") + line("ctrl-2", "Brut\u0001 et\u001F net."));
            write(f, "ctrl.txt", "Texte avec un NUL\u0000 et une cloche\u0007 au milieu.");
        }, Map.of("ctrl-1", "Avant après fin.", "ctrl-2", "Brut et net.", "ctrl", "Texte avec un NUL et une cloche au milieu."))));
        k.add(Named.of("a 50 MB single article", Kind.reported(f -> {
            String sentence = "Une phrase assez longue pour remplir le texte, encore et encore. ";
            StringBuilder body = new StringBuilder(51 << 20);
            while (body.length() < 50 << 20) body.append(sentence);
            write(f, "huge.jsonl", "{\"id\":\"huge\",\"article\":\"" + body + "\"}\n" + line("after-huge", "Suivant."));
        }, "FOLDER/huge.jsonl:1: kept, but article 'huge' is longer than .*").keeping(Map.of("huge", "Une phrase", "after-huge", "Suivant."))));
        k.add(Named.of("one token longer than Lucene's term limit", Kind.clean(f -> {
            String word = "Anticonstitutionnellement".repeat(2000); // 50,000 letters; Lucene refuses terms over 32,766 bytes
            write(f, "long-token.jsonl", line("tok-1", "Le mot " + word + " est long. « Oui », a déclaré Marie " + word
                    + ", présidente de l'association " + word + " à " + word + ". M. " + word + " a parlé.")
                    + line("tok-2", "Après le mot long."));
        }, Map.of("tok-1", "Le mot Anticon", "tok-2", "Après le mot long."))));
        k.add(Named.of("malformed JSON line among good ones", Kind.reported(f -> write(f, "mixed.jsonl",
                line("mal-1", "Un.") + "{\"id\": \"mal-2\", \"article\": \"tronqué\n" + line("mal-3", "Trois.")),
                "FOLDER/mixed.jsonl:2: skipped: invalid JSON: .*").keeping(Map.of("mal-1", "Un.", "mal-3", "Trois."))));
        k.add(Named.of("missing body", Kind.reported(f -> write(f, "nobody.jsonl",
                "{\"id\":\"nb-1\",\"title\":\"Titre seul\"}\n{\"id\":\"nb-2\",\"title\":\"T\",\"article\":\"   \"}\n" + line("nb-3", "Corps.")),
                "FOLDER/nobody.jsonl:1: skipped: article 'nb-1' has an empty body",
                "FOLDER/nobody.jsonl:2: skipped: article 'nb-2' has an empty body").keeping(Map.of("nb-3", "Corps."))));
        k.add(Named.of("missing and invalid dates", Kind.reported(f -> write(f, "dates.jsonl",
                "{\"id\":\"d-1\",\"article\":\"Sans date.\"}\n"
                        + "{\"id\":\"d-2\",\"article\":\"Mois 13.\",\"date\":\"2020-13-45\"}\n"
                        + "{\"id\":\"d-3\",\"article\":\"Hier.\",\"date\":\"hier\"}\n"),
                "FOLDER/dates.jsonl:2: kept, but article 'd-2': .*2020-13-45.*indexed without a date",
                "FOLDER/dates.jsonl:3: kept, but article 'd-3': .*hier.*indexed without a date")
                .keeping(Map.of("d-1", "Sans date.", "d-2", "Mois 13.", "d-3", "Hier."))));
        k.add(Named.of("date in the future", Kind.reported(f -> write(f, "futur.jsonl",
                "{\"id\":\"fut-1\",\"article\":\"Demain.\",\"date\":\"" + (java.time.Year.now().getValue() + 3) + "-01-01\"}\n"),
                "FOLDER/futur.jsonl:1: kept, but article 'fut-1': date .* is in the future; indexed without a date")
                .keeping(Map.of("fut-1", "Demain."))));
        k.add(Named.of("same id twice in one batch", Kind.reported(f -> write(f, "twice.jsonl",
                line("dup", "Première version.") + line("other", "Autre.") + line("dup", "Seconde version.")),
                "FOLDER/twice.jsonl:3: kept, but id 'dup' came already .*twice.jsonl:1.*replaces it")
                .keeping(Map.of("dup", "Seconde version.", "other", "Autre."))));
        k.add(Named.of("truncated gzip", Kind.reported(f -> {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 3000; i++) s.append(line("gz-" + i, "Article numéro " + i + " avec assez de texte pour la compression."));
            byte[] whole = gzip(s.toString());
            write(f, "cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        }, "FOLDER/cut.jsonl.gz:\\d+: skipped: file ends early .*; the articles before this line were read")
                .keeping(Map.of("gz-0", "Article numéro 0", "gz-100", "Article numéro 100"))));
        k.add(Named.of("unreadable file", Kind.reported(f -> {
            // Tests run as root here, where chmod 000 does not stop a read; /proc/self/mem does: reading offset 0 fails with EIO.
            Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/mem")), "no /proc/self/mem on this system");
            Files.createSymbolicLink(f.resolve("memoire.jsonl"), Path.of("/proc/self/mem"));
        }, "FOLDER/memoire.jsonl: skipped: read error: .*Input/output error.*")));
        k.add(Named.of("named pipe with no writer", Kind.reported(f -> {
            Process mkfifo = new ProcessBuilder("mkfifo", f.resolve("tube.jsonl").toString()).inheritIO().start();
            Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo unavailable");
        }, "FOLDER/tube.jsonl: skipped: not a regular file .*")));
        k.add(Named.of("symbolic link loop", Kind.reported(f -> {
            Files.createDirectories(f.resolve("sub"));
            write(f, "sub/inside.jsonl", line("in-1", "Dedans."));
            Files.createSymbolicLink(f.resolve("sub/boucle"), f);
        }, "FOLDER/sub/boucle: skipped: symbolic link loop .*").keeping(Map.of("in-1", "Dedans."))));
        k.add(Named.of("deeply nested JSON", Kind.reported(f -> {
            write(f, "deep.jsonl", line("deep-1", "Avant.") + "{\"id\":\"x\",\"article\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}\n"
                    + line("deep-3", "Après."));
            write(f, "deep.json", "[" + line("deep-4", "Dans un tableau.") + "," + "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000) + "]");
        }, "FOLDER/deep.json:2: skipped: invalid JSON, rest of the file not read: .*nesting depth.*",
                "FOLDER/deep.jsonl:2: skipped: invalid JSON: .*nesting depth.*")
                .keeping(Map.of("deep-1", "Avant.", "deep-3", "Après.", "deep-4", "Dans un tableau."))));
        k.add(Named.of("folder of " + TINY_FILES + " tiny files", Kind.clean(f -> {
            Path many = Files.createDirectories(f.resolve("breves"));
            for (int i = 0; i < TINY_FILES; i++) {
                Path sub = many.resolve(Integer.toString(i / 1000));
                if (i % 1000 == 0) Files.createDirectories(sub);
                Files.writeString(sub.resolve("b" + i + ".txt"), "Brève " + i + ".");
            }
        }, Map.of("b0", "Brève 0.", "b" + (TINY_FILES - 1), "Brève " + (TINY_FILES - 1) + "."))));
        k.add(Named.of("HTML markup inside text", Kind.clean(f -> write(f, "html.jsonl",
                "{\"id\":\"html-1\",\"title\":\"<b>Titre</b> &amp; co\",\"article\":\"<p>Premier&nbsp;paragraphe d&eacute;j&agrave; là.</p>"
                        + "<script>alert(1)</script><p>Second <i>paragraphe</i>.</p>\"}\n"),
                Map.of("html-1", "Premier paragraphe déjà là.\n\nSecond paragraphe."))));
        k.add(Named.of("right-to-left and emoji text", Kind.clean(f -> write(f, "rtl.jsonl",
                line("rtl-1", "Manifestation à Beyrouth 🇱🇧 : « لبنان » 👍 ‏שלום‎")),
                Map.of("rtl-1", "Manifestation à Beyrouth 🇱🇧 : « لبنان » 👍 ‏שלום‎"))));
        return k.stream();
    }

    /** Good articles in files sorted before and after everything a row writes: reading must go on past the bad input. */
    static final List<String> GOOD = List.of("bon-1", "bon-2", "bon-3", "bon-4");

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void indexingGoesOnAndTheReportSaysWhatAndWhere(Kind kind, org.junit.jupiter.api.TestInfo info) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("in-" + Math.abs(info.getDisplayName().hashCode())));
        write(folder, "0-good.jsonl", line("bon-1", "Premier bon article.") + line("bon-2", "Deuxième bon article."));
        write(folder, "zz-good.jsonl", line("bon-3", "Troisième bon article.") + line("bon-4", "Quatrième bon article."));
        kind.setup().write(folder);
        Path index = tmp.resolve("ix-" + folder.getFileName());

        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        long t0 = System.nanoTime();
        int exit = cl.execute("index", "--quiet", "--threads", "2", "--index", index.toString(), folder.toString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<String> reportLines = err.toString().lines().toList();
        System.out.printf("bad input [%s]: exit %d in %d ms; %s%n", info.getDisplayName(), exit, ms, out.toString().strip());

        assertEquals(kind.exit(), exit, "exit code; stderr:\n" + err);
        for (String expected : kind.reports()) {
            Pattern p = Pattern.compile(Pattern.quote(folder.toString()) + expected.substring("FOLDER".length()));
            assertTrue(reportLines.stream().anyMatch(l -> p.matcher(l).matches()), "no report line matching " + p + " in:\n" + err);
        }
        if (kind.reports().isEmpty()) assertEquals("", err.toString(), "clean input, nothing to report");

        try (LuceneArchive archive = LuceneArchive.open(index)) {
            for (String id : GOOD) assertTrue(archive.article(id).isPresent(), "good article " + id + " is in the archive");
            for (var e : kind.kept().entrySet()) {
                var stored = archive.article(e.getKey());
                assertTrue(stored.isPresent(), "article " + e.getKey() + " from the bad file is kept");
                assertTrue(stored.get().article().body().startsWith(e.getValue()),
                        e.getKey() + ": body should start with «" + e.getValue() + "» but is «" + abbreviate(stored.get().article().body()) + "»");
            }
            if (!info.getDisplayName().startsWith("truncated gzip") && !info.getDisplayName().startsWith("folder of"))
                assertEquals(GOOD.size() + kind.kept().size(), archive.size(), "nothing else got into the archive");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "…";
    }
}
