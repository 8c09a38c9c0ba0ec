package kiosque.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers on the seed and on generated bad input: every good article comes through, every problem is named. */
class IngestTest {

    @TempDir Path dir;

    private static String line(String id, String body) {
        return "{\"id\":\"" + id + "\",\"title\":\"Titre " + id + "\",\"article\":\"" + body + "\",\"date\":\"2020-03-04\"}\n";
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static boolean has(Collected c, String fragment) {
        return c.problemLines().stream().anyMatch(l -> l.contains(fragment));
    }

    @Test void seedArticle() {
        Path seed = Path.of("seeds/000_ec6a9856f8f00feb.txt");
        Collected c = Collected.read(seed);
        assertEquals(List.of(), c.problems());
        Article a = c.articles().get(0);
        assertEquals("000_ec6a9856f8f00feb", a.id());
        assertEquals("2020-03", a.date().iso());
        assertEquals("Le conflit syrien n’aura visiblement pas livré tout son verdict", a.title());
        assertTrue(a.body().startsWith("Le conflit syrien"), "the date line is not part of the body");
        List<String> paragraphs = Arrays.asList(a.body().split("\n\n"));
        assertTrue(paragraphs.contains("L’imminence d’un cessez-le-feu?"), "the sub-heading is a paragraph of its own");
        assertEquals(5, paragraphs.size());
    }

    @Test void seedFormatSubHeadingWithoutBlankLineAndDateVariants() throws IOException {
        write("a.txt", "date 2019\r\nPremier paragraphe qui se termine.\r\nUn intertitre\r\nSuite du texte, sur\r\ndeux lignes.\r\n");
        write("b.txt", "Pas de date ici. M. Dupont parle.\n\nDeuxième paragraphe.");
        write("c.txt", "date 2020-13-45 Texte avec une date invalide.");
        Collected c = Collected.read(dir);
        Article a = c.byId("a").orElseThrow();
        assertEquals("2019", a.date().iso());
        assertEquals("Premier paragraphe qui se termine.\n\nUn intertitre\n\nSuite du texte, sur deux lignes.", a.body());
        Article b = c.byId("b").orElseThrow();
        assertNull(b.date());
        assertEquals("Pas de date ici", b.title());
        Article cc = c.byId("c").orElseThrow();
        assertNull(cc.date(), "an invalid date is dropped, the article kept");
        assertTrue(has(c, "c.txt:1 DEGRADED article 'c': invalid date '2020-13-45'"), c.problemLines().toString());
    }

    @Test void jsonLinesWithBadLinesAmongGoodOnes() throws IOException {
        String content = line("1", "Un.")
                + "{\"id\": \"2\", \"article\": \"tronqué\n"              // malformed JSON line
                + "{\"title\": \"sans id\", \"article\": \"Texte.\"}\n"   // missing id
                + "{\"id\": \"4\", \"article\": \"\"}\n"                  // empty body
                + "\n"                                                    // blank line: ignored
                + "{\"id\": 5, \"title\": \"T\", \"body\": \"Corps.\", \"date\": \"hier\"}\n"   // numeric id, body alias, bad date
                + "{\"id\": \"6\", \"article\": \"Futur.\", \"date\": \"2031-01-01\"}\n"
                + "{\"id\": \"7\", \"lede\": \"Chapô.\", \"text\": \"Texte.\", \"date\": \"2020-06-15T08:00:00Z\"}\n"
                + "[1, 2]\n"
                + "{\"id\": \"9\", \"article\": {\"nested\": true}}\n"
                + line("1", "Deux.");                                   // same id again: both delivered, the last wins at the writer
        write("batch.jsonl", content);
        Collected c = Collected.read(dir.resolve("batch.jsonl"));
        assertEquals(List.of("1", "5", "6", "7", "1"), c.ids());
        assertEquals(List.of("batch.jsonl:1", "batch.jsonl:6", "batch.jsonl:7", "batch.jsonl:8", "batch.jsonl:11"), c.places());
        List<String> p = c.problemLines();
        assertTrue(has(c, "batch.jsonl:2 SKIPPED invalid JSON"), p.toString());
        assertTrue(has(c, "batch.jsonl:3 SKIPPED no id"), p.toString());
        assertTrue(has(c, "batch.jsonl:4 SKIPPED article '4' has an empty body"), p.toString());
        assertTrue(has(c, "batch.jsonl:6 DEGRADED article '5': not a date"), p.toString());
        assertTrue(has(c, "batch.jsonl:7 DEGRADED article '6': date 2031-01-01 is in the future"), p.toString());
        assertTrue(has(c, "batch.jsonl:9 SKIPPED expected a JSON object, found array"), p.toString());
        assertTrue(has(c, "batch.jsonl:10 DEGRADED field 'article' is an object"), p.toString());
        assertTrue(has(c, "batch.jsonl:10 SKIPPED article '9' has an empty body"), p.toString());
        Article seven = c.byId("7").orElseThrow();
        assertEquals("Chapô.", seven.lede());
        assertEquals("2020-06-15", seven.date().iso());
        assertEquals("Chapô", seven.title(), "no title: the first sentence of the lede");
        assertEquals("Deux.", c.articles().get(4).body());
    }

    @Test void jsonArrayObjectAndDeepNesting() throws IOException {
        write("array.json", "[\n" + line("a1", "Un.") + ",\n" + line("a2", "Deux.") + "]");
        write("one.json", line("o1", "Seul."));
        write("deep.json", "[" + line("d1", "Avant.") + "," + "[".repeat(5000) + "]".repeat(5000) + "]");
        Collected c = Collected.read(dir);
        assertEquals(List.of("a1", "a2", "d1", "o1"), c.ids());
        assertTrue(has(c, "deep.json:2 SKIPPED invalid JSON, rest of the file not read"), c.problemLines().toString());
    }

    @Test void encodingsAreDetectedAndNeverGarbleAccents() throws IOException {
        write("latin1.jsonl", line("l1", "Le président a été élu à Besançon.").getBytes(StandardCharsets.ISO_8859_1));
        write("cp1252.txt", "L’été « chaud » coûte 5 €.".getBytes(TextDecoding.WINDOWS_1252));
        byte[] bom = line("b1", "Élysée.").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + 3];
        withBom[0] = (byte) 0xEF; withBom[1] = (byte) 0xBB; withBom[2] = (byte) 0xBF;
        System.arraycopy(bom, 0, withBom, 3, bom.length);
        write("bom.jsonl", withBom);
        write("utf16.json", ("\uFEFF" + line("u1", "Noël à Orléans.")).getBytes(StandardCharsets.UTF_16LE));
        byte[] bad = (line("x1", "Café") + line("x2", "Thé ok.")).getBytes(StandardCharsets.UTF_8);
        bad[bad.length / 2 - 30] = (byte) 0xC3; // a lone lead byte in the middle of the first line's valid UTF-8…
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write(line("m1", "Déjà vu.").getBytes(StandardCharsets.UTF_8));
        mixed.write(line("m2", "Déjà lu.").getBytes(StandardCharsets.ISO_8859_1));
        write("mixed.jsonl", mixed.toByteArray());
        Collected c = Collected.read(dir);
        assertEquals("Le président a été élu à Besançon.", c.byId("l1").orElseThrow().body());
        assertEquals("L’été « chaud » coûte 5 €.", c.byId("cp1252").orElseThrow().body());
        assertEquals("b1", c.byId("b1").orElseThrow().id(), "the BOM is not part of the first field");
        assertEquals("Noël à Orléans.", c.byId("u1").orElseThrow().body());
        assertEquals("Déjà lu.", c.byId("m2").orElseThrow().body(), "a Latin-1 line inside a UTF-8 file");
        assertFalse(c.articles().stream().anyMatch(a -> a.body().contains("Ã")), "no mojibake");
    }

    @Test void invalidUtf8IsReplacedAndReported() throws IOException {
        byte[] good = line("v1", "Déjà vu à Noël.").getBytes(StandardCharsets.UTF_8);
        int e = new String(good, StandardCharsets.ISO_8859_1).indexOf("vu");
        good[e] = (byte) 0xFF; // invalid in UTF-8, while « é » and « à » are valid UTF-8 sequences
        write("bad.jsonl", good);
        Collected c = Collected.read(dir.resolve("bad.jsonl"));
        assertEquals("Déjà �u à Noël.", c.byId("v1").orElseThrow().body());
        assertTrue(has(c, "bad.jsonl:1 DEGRADED invalid UTF-8"), c.problemLines().toString());
    }

    @Test void controlCharactersCrlfAndHtmlAreCleaned() throws IOException {
        write("dirty.jsonl", "{\"id\":\"h1\",\"title\":\"<b>Titre</b> &amp; co\",\"article\":"
                + "\"<p>Premier&nbsp;paragraphe d&eacute;j&agrave; là.</p><script>alert(1)</script><p>Second\\u0000 para\\u0007graphe.</p>\"}\r\n"
                + "{\"id\":\"h2\",\"article\":\"Ligne un.\\r\\n\\r\\nLigne deux, a < b et c > d.\"}\r\n");
        Collected c = Collected.read(dir);
        Article h1 = c.byId("h1").orElseThrow();
        assertEquals("Titre & co", h1.title());
        assertEquals("Premier paragraphe déjà là.\n\nSecond paragraphe.", h1.body());
        assertEquals("Ligne un.\n\nLigne deux, a < b et c > d.", c.byId("h2").orElseThrow().body());
        assertEquals(List.of(), c.problems());
    }

    @Test void gzipTruncatedCorruptEmptyAndBinaryFiles() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 2000; i++) out.write(line("g" + i, "Article numéro " + i + " avec du texte pour la compression.").getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        write("whole.jsonl.gz", whole);
        write("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        write("notgzip.jsonl.gz", "plain text".getBytes(StandardCharsets.UTF_8));
        write("empty.jsonl", new byte[0]);
        byte[] binary = new byte[4096];
        new java.util.Random(1).nextBytes(binary);
        write("image.json", binary);
        write("notes.md", "ignored in folders");
        Collected c = Collected.read(dir);
        long fromWhole = c.ids().stream().filter(id -> id.startsWith("g")).count();
        assertTrue(fromWhole > 2000 && fromWhole < 4000, "all of whole.jsonl.gz and part of cut.jsonl.gz: " + fromWhole);
        assertTrue(c.problemLines().stream().anyMatch(l -> l.matches("cut\\.jsonl\\.gz:\\d+ SKIPPED file ends early.*")), c.problemLines().toString());
        assertTrue(has(c, "notgzip.jsonl.gz:0 SKIPPED corrupt gzip data"), c.problemLines().toString());
        assertTrue(has(c, "empty.jsonl:0 SKIPPED empty file"), c.problemLines().toString());
        assertTrue(has(c, "image.json:0 SKIPPED binary file"), c.problemLines().toString());
        assertEquals(4, c.problems().size(), c.problemLines().toString());
    }

    @Test void foldersAreWalkedRecursivelyWithoutLooping() throws IOException {
        for (int i = 0; i < 300; i++) write("deep/" + (i % 7) + "/n" + i + ".txt", "Petit article " + i + ".");
        Files.createSymbolicLink(dir.resolve("deep/0/loop"), dir.resolve("deep"));
        Files.createSymbolicLink(dir.resolve("deep/dangling.jsonl"), dir.resolve("nowhere.jsonl"));
        Collected c = Collected.read(dir.resolve("deep"), dir.resolve("missing.jsonl"), dir.resolve("deep/0/n0.txt"));
        assertEquals(301, c.articles().size(), "each file once, plus the one named twice");
        assertTrue(has(c, "loop:0 SKIPPED symbolic link loop"), c.problemLines().toString());
        assertTrue(has(c, "dangling.jsonl:0 SKIPPED broken symbolic link"), c.problemLines().toString());
        assertTrue(has(c, "missing.jsonl:0 SKIPPED no such file"), c.problemLines().toString());
    }

    @Test void hugeArticleIsCutAndReported() throws IOException {
        String paragraph = "Une phrase assez longue pour remplir le texte rapidement, encore et encore. ".repeat(100).strip();
        StringBuilder body = new StringBuilder();
        while (body.length() < ArticleAssembler.MAX_BODY_CHARS + 100_000) body.append(paragraph).append("\\n\\n");
        write("huge.jsonl", "{\"id\":\"big\",\"article\":\"" + body + "\"}\n" + line("after", "Suivant."));
        Collected c = Collected.read(dir);
        assertTrue(c.byId("big").orElseThrow().body().length() <= ArticleAssembler.MAX_BODY_CHARS);
        assertTrue(c.byId("after").isPresent(), "the next article is read");
        assertTrue(has(c, "huge.jsonl:1 DEGRADED article 'big' is longer than"), c.problemLines().toString());
    }

    @Test void emojiAndRightToLeftTextPassThrough() throws IOException {
        write("rtl.jsonl", line("r1", "Manifestation à Beyrouth 🇱🇧 : « لبنان » 👍"));
        Collected c = Collected.read(dir);
        assertEquals("Manifestation à Beyrouth 🇱🇧 : « لبنان » 👍", c.byId("r1").orElseThrow().body());
    }
}
