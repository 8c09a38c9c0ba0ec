package kiosque.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kiosque.ingest.Article;
import kiosque.ingest.ArticleAssembler;
import kiosque.ingest.IngestListener;
import kiosque.ingest.IngestProblem;
import kiosque.ingest.JsonArticleReader;

/**
 * Writes the extraction of the first N articles of a corpus as JSON Lines (one article a line), so that a speed
 * change to the extractor can be checked to leave its output unchanged: dump before, dump after, {@code cmp}.
 * Run from the worktree:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) kiosque.extract.ExtractionDump \
 *     ../shared/corpus/orangesum.jsonl.gz 3000 /tmp/after.jsonl</pre>
 */
public final class ExtractionDump {
    private ExtractionDump() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: ExtractionDump CORPUS.jsonl[.gz] N OUT.jsonl");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]), out = Path.of(args[2]);
        int limit = Integer.parseInt(args[1]);
        List<Article> articles = read(corpus, limit);
        FrenchExtractor extractor = new FrenchExtractor();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                w.write(json.writeValueAsString(extractor.extract(a)));
                w.newLine();
            }
        }
        System.err.println(articles.size() + " extractions written to " + out);
    }

    static List<Article> read(Path corpus, int limit) throws Exception {
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException(corpus + ": no such file");
        List<Article> articles = new ArrayList<>();
        JsonArticleReader reader = new JsonArticleReader(new ArticleAssembler(Clock.systemUTC(), true));
        try (InputStream raw = Files.newInputStream(corpus);
             InputStream whole = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             InputStream in = limit > 0 ? firstLines(whole, limit) : whole) {
            reader.readLines(in, corpus.toString(), new IngestListener() {
                @Override public void article(Article a, String file, long line) { if (limit <= 0 || articles.size() < limit) articles.add(a); }
                @Override public void problem(IngestProblem p) {}
            });
        }
        return articles;
    }

    /** The first {@code n} lines of a stream (a few more than n articles: the reader skips blank and bad lines), not the whole corpus. */
    private static InputStream firstLines(InputStream in, int n) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int lines = 0, b;
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, 1 << 16);
        while (lines < n + n / 10 + 10 && (b = buffered.read()) >= 0) {
            out.write(b);
            if (b == '\n') lines++;
        }
        return new java.io.ByteArrayInputStream(out.toByteArray());
    }
}
