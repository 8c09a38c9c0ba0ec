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
 * loaded in one JVM share Lucene's compiled code, whose profile each shapes for the others (bare Lucene alone reached
 * 6,200-7,100 docs/s where it made 4,500-4,900 in a JVM that also ran Kiosque's loads). Reads the corpus as the bench
 * does, prints {@code ready}, then answers each line {@code load COUNT DIR [INPUT]} on stdin with
 * {@code done DOCS TEXT_BYTES ELAPSED_NANOS} (or {@code failed MESSAGE}) on stdout, until stdin closes.
 * <pre>IndexingWorker pipeline|writer|lucene CORPUS LIMIT SCALE THREADS</pre>
 */
public final class IndexingWorker {
    private IndexingWorker() {}

    /** The runs a worker can make, by the name its command line gives. */
    public enum Run { pipeline, writer, lucene }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: IndexingWorker pipeline|writer|lucene CORPUS LIMIT SCALE THREADS");
            System.exit(2);
        }
        // stdout carries the answers alone: anything else printed goes to the log with stderr
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        Run run = Run.valueOf(args[0]);
        int threads = Integer.parseInt(args[4]);
        List<Article> base = BenchCorpus.read(Path.of(args[1]), Integer.parseInt(args[2]));
        List<Article> articles = BenchCorpus.scaled(base, Integer.parseInt(args[3]));
        List<PreparedArticle> prepared = run == Run.writer ? PreparedArticle.extract(articles, base.size(), new FrenchExtractor(), threads) : List.of();
        out.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] command = line.split(" ", 4);
            try {
                int count = Math.min(Integer.parseInt(command[1]), articles.size());
                Path dir = Path.of(command[2]);
                long textBytes = articles.subList(0, count).stream().mapToLong(BenchCorpus::textBytes).sum();
                IndexFigures f = switch (run) {
                    case pipeline -> IndexingBench.kiosquePipeline(Path.of(command[3]), dir, threads, textBytes);
                    case writer -> IndexingBench.kiosqueWriter(prepared.subList(0, count), dir, threads, textBytes);
                    case lucene -> IndexingBench.bareLucene(articles.subList(0, count), dir, threads, textBytes);
                };
                out.println("done " + f.docs() + " " + f.textBytes() + " " + f.elapsedNanos());
            } catch (Exception | StackOverflowError e) {
                e.printStackTrace();
                out.println("failed " + (e + "").replace('\n', ' '));
            }
        }
    }
}
