package kiosque.bench;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;

/**
 * One of the bench's in-process indexing runs, (a), (b) or (c), in a JVM of its own, as OpenSearch's (d) is: engines
 * loaded in one JVM share Lucene's compiled code and its profile, so one engine's figures could depend on which others
 * ran before it (README, « Benchmark », says what was measured of that). A worker reads the corpus as the bench does
 * (the pipeline's worker does not: it reads its input file at each load), prints {@code ready}, then answers each {@link LoadCommand} line on stdin with a {@link LoadAnswer} line on
 * stdout, until stdin closes.
 * <pre>IndexingWorker pipeline|writer|lucene CORPUS LIMIT SCALE THREADS</pre>
 */
public final class IndexingWorker {
    private IndexingWorker() {}

    /**
     * One load asked of a worker: the first {@code count} articles into {@code dir}, holding {@code textBytes} bytes of
     * text (the bench counts them: the pipeline's worker never holds the articles, as {@code ./kiosque index} does
     * not); the pipeline reads them from {@code input}.
     */
    record LoadCommand(int count, long textBytes, Path dir, Path input) {
        /** Tab-separated: folders may hold spaces. */
        String format() {
            return "load\t" + count + "\t" + textBytes + "\t" + dir.toAbsolutePath() + (input == null ? "" : "\t" + input.toAbsolutePath());
        }

        static LoadCommand parse(String line) {
            String[] f = line.split("\t");
            if (f.length < 4 || f.length > 5 || !f[0].equals("load")) throw new IllegalArgumentException("not a load command: " + line);
            return new LoadCommand(Integer.parseInt(f[1]), Long.parseLong(f[2]), Path.of(f[3]), f.length == 5 ? Path.of(f[4]) : null);
        }
    }

    /** A worker's answer to a load: its figures, or why it failed. */
    record LoadAnswer(IndexFigures figures, String failure) {
        static LoadAnswer done(IndexFigures f) {
            return new LoadAnswer(f, null);
        }

        static LoadAnswer failed(String why) {
            return new LoadAnswer(null, why.replaceAll("[\\r\\n\\t]+", " "));
        }

        String format() {
            return figures == null ? "failed\t" + failure : "done\t" + figures.docs() + "\t" + figures.textBytes() + "\t" + figures.elapsedNanos();
        }

        /** The answer a line holds, or null when it holds none (the worker ended). */
        static LoadAnswer parse(String line) {
            if (line == null) return null;
            String[] f = line.split("\t"); // a failure's text holds no tab (failed)
            if (f[0].equals("failed")) return failed(f.length > 1 ? f[1] : "");
            if (!f[0].equals("done") || f.length != 4) return null;
            return done(new IndexFigures(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])));
        }
    }

    /** What a worker loads with, by the name its command line gives: (a), (b) or (c). */
    public enum Engine { pipeline, writer, lucene }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: IndexingWorker pipeline|writer|lucene CORPUS LIMIT SCALE THREADS");
            System.exit(2);
        }
        // stdout carries the answers alone: anything else printed goes to the log with stderr
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Engine engine = Engine.valueOf(args[0]);
        int threads = Integer.parseInt(args[4]);
        // the pipeline reads its input file itself at each load, as `./kiosque index` does, and keeps no articles in memory
        List<Article> base = engine == Engine.pipeline ? List.of() : BenchCorpus.read(Path.of(args[1]), Integer.parseInt(args[2]));
        List<Article> articles = BenchCorpus.scaled(base, Integer.parseInt(args[3]));
        List<PreparedArticle> prepared = engine == Engine.writer ? PreparedArticle.extract(articles, base.size(), new FrenchExtractor(), threads) : List.of();
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            LoadCommand command = LoadCommand.parse(line);
            try {
                int count = command.count();
                long textBytes = command.textBytes();
                IndexFigures f = switch (engine) {
                    case pipeline -> IndexingBench.kiosquePipeline(command.input(), command.dir(), threads, textBytes);
                    case writer -> IndexingBench.kiosqueWriter(prepared.subList(0, Math.min(count, prepared.size())), command.dir(), threads, textBytes);
                    case lucene -> IndexingBench.bareLucene(articles.subList(0, Math.min(count, articles.size())), command.dir(), threads, textBytes);
                };
                out.println(LoadAnswer.done(f).format());
            } catch (Exception | StackOverflowError e) { // a deep regular expression or extraction must not end the run silently
                e.printStackTrace();
                out.println(LoadAnswer.failed(e.toString()).format());
            }
        }
    }
}
