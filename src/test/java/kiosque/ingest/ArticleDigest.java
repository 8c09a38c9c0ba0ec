package kiosque.ingest;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One line per article (file:line, id, SHA-256 of every field) and per problem, for a whole input: two versions of
 * the reading code give the same lines exactly when they give the same articles and the same problems.
 * Run: {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) kiosque.ingest.ArticleDigest OUT INPUT...}
 */
public final class ArticleDigest {
    private ArticleDigest() {}

    /** The clock is fixed so that « date in the future » does not depend on the day the digest is taken. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    public static List<String> of(List<Path> inputs) {
        List<String> lines = new ArrayList<>();
        new Ingest(CLOCK).read(inputs, new IngestListener() {
            @Override public void article(Article a, String file, long line) { lines.add(file + ":" + line + " " + a.id() + " " + hash(a)); }

            @Override public void problem(IngestProblem p) { lines.add("problem " + p); }
        });
        return lines;
    }

    static String hash(Article a) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {a.id(), a.title(), a.lede(), a.body(), a.date() == null ? null : a.date().iso(), a.url(), a.source()}) {
                md.update(s == null ? new byte[] {0} : ("\1" + s).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 2);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) inputs.add(Path.of(args[i]));
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0])))) {
            of(inputs).forEach(out::println);
        }
    }
}
