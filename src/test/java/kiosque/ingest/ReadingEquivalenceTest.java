package kiosque.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast reading paths give what the plain definitions give: JSON lines (streamed, only the fields read) the same
 * articles and problems as the same objects read as one JSON document (a full tree per object), on the whole corpus;
 * the one-pass cleaner the same text as the regex definition of a paragraph break. (For a before/after check across
 * versions of the code, see {@link ArticleDigest}.)
 */
class ReadingEquivalenceTest {

    static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");

    @TempDir Path dir;

    @Test
    void jsonLinesGiveTheSameArticlesAsTheSameObjectsReadAsTrees() throws IOException {
        assumeTrue(Files.exists(CORPUS), "corpus absent: " + CORPUS.toAbsolutePath() + " (skipping the whole-corpus comparison)");
        // Object k of the array sits on line k, so the two readings name the same lines.
        Path document = dir.resolve("corpus.json");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(document)) {
            String first = in.readLine(), next;
            out.write("[" + first);
            while ((next = in.readLine()) != null) out.write(",\n" + next);
            out.write("]\n");
        }
        List<String> lines = withoutFile(ArticleDigest.of(List.of(CORPUS)));
        List<String> trees = withoutFile(ArticleDigest.of(List.of(document)));
        assertEquals(trees.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) assertEquals(trees.get(i), lines.get(i), "entry " + i);
    }

    private static List<String> withoutFile(List<String> digest) {
        return digest.stream().map(s -> s.replaceFirst("^(problem )?[^ ]*(corpus\\.json|orangesum\\.jsonl\\.gz)", "$1")).toList();
    }

    /** The cleaner as first written: split at {@code \n\s*\n}, blanks collapsed in each paragraph. */
    private static String byRegex(String raw, String separator) {
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        s = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u0080-\\u009F\\uFEFF\\uFFFE\\uFFFF]").matcher(s).replaceAll("");
        if (HtmlText.looksLikeHtml(s)) s = HtmlText.toText(s);
        StringBuilder out = new StringBuilder();
        for (String p : Pattern.compile("\\n\\s*\\n").split(s)) {
            String q = p.replaceAll("[ \\n\\t\\u00A0\\u2007\\u202F]+", " ");
            q = q.replaceAll("^[ \\n\\t\\u00A0\\u2007\\u202F]+|[ \\n\\t\\u00A0\\u2007\\u202F]+\\z", "");
            if (q.isEmpty()) continue;
            if (out.length() > 0) out.append(separator);
            out.append(q);
        }
        return out.toString();
    }

    @Test
    void onePassCleanerAgreesWithTheRegexDefinition() {
        String[] pieces = {"a", "É", "é", " ", "  ", "\n", "\n\n", "\r", "\r\n", "\t", "\u00a0", "\u202f", "\u2007", "\u000b", "\f", "\u0001", "\u0085",
            "\ufeff", ".", "«", "<p>", "</p>", "<br/>", "&amp;", "&#13;", "&#11;", "&eacute;", "<b>", "x y", "’"};
        Random random = new Random(42);
        for (int t = 0; t < 100_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(24); i > 0; i--) sb.append(pieces[random.nextInt(pieces.length)]);
            String s = sb.toString();
            assertEquals(byRegex(s, "\n\n"), TextCleaner.body(s), () -> "body of " + s.codePoints().mapToObj(Integer::toHexString).toList());
            assertEquals(byRegex(s, " "), TextCleaner.line(s), () -> "line of " + s.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }
}
