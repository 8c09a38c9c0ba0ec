package kiosque.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks that a change meant to keep answers keeps them: one server per checkout on the same index, the bench's query
 * mix put to both, each answer compared byte for byte once its {@code took_ms} is set aside. Prints the first
 * differences; exits 1 when any answer differs.
 *
 * <pre>java -cp target/classes:$(cat target/classpath.txt) kiosque.bench.AnswerDiff INDEX OLD_CHECKOUT NEW_CHECKOUT</pre>
 */
public final class AnswerDiff {

    private static final Pattern TOOK = Pattern.compile("\"took_ms\":\\d+");
    private static final int SHOWN = 3;

    private AnswerDiff() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: AnswerDiff INDEX OLD_CHECKOUT NEW_CHECKOUT (each CHECKOUT holds a ./kiosque launcher)");
            System.exit(2);
        }
        Path index = Path.of(args[0]).toAbsolutePath();
        List<BenchQuery> mix = StartupProbe.benchMix(index);
        Path work = Files.createTempDirectory("kiosque-diff-");
        int differing;
        try (KiosqueServerProcess old = KiosqueServerProcess.launch(Path.of(args[1]).toAbsolutePath().resolve("kiosque"), index, work, 0);
             KiosqueServerProcess now = KiosqueServerProcess.launch(Path.of(args[2]).toAbsolutePath().resolve("kiosque"), index, work, 0)) {
            KiosqueApiClient oldApi = new KiosqueApiClient(old.baseUrl()), newApi = new KiosqueApiClient(now.baseUrl());
            old.awaitFirstAnswer(oldApi, mix.getFirst(), Duration.ofSeconds(120));
            now.awaitFirstAnswer(newApi, mix.getFirst(), Duration.ofSeconds(120));
            differing = differing(mix, oldApi, newApi, System.out);
        } finally {
            Benchmark.deleteTree(work);
        }
        System.out.printf("%d queries, %d answers differ%n", mix.size(), differing);
        System.exit(differing == 0 ? 0 : 1);
    }

    /** How many of the queries two servers answer differently, {@code took_ms} aside; the first few are printed. */
    static int differing(List<BenchQuery> mix, KiosqueApiClient oldApi, KiosqueApiClient newApi, PrintStream out) throws IOException {
        int differing = 0;
        try (QueryHttpClient http = new QueryHttpClient()) {
            for (BenchQuery q : mix) {
                String before = TOOK.matcher(http.get(oldApi.url(q)).body()).replaceAll("");
                String after = TOOK.matcher(http.get(newApi.url(q)).body()).replaceAll("");
                if (before.equals(after)) continue;
                if (++differing <= SHOWN) {
                    out.printf("%s differs:%n  old %s%n  new %s%n", q.queryText(), abbreviate(before), abbreviate(after));
                }
            }
        }
        return differing;
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }
}
