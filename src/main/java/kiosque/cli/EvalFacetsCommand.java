package kiosque.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import kiosque.eval.FacetSurvey;
import kiosque.extract.EntityType;
import kiosque.extract.FrenchExtractor;
import kiosque.ingest.Article;
import kiosque.ingest.ArticleAssembler;
import kiosque.ingest.IngestListener;
import kiosque.ingest.IngestProblem;
import kiosque.ingest.JsonArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "facets", mixinStandardHelpOptions = true,
        description = "Extract every article of a JSON Lines corpus and print the top actors, places and organisations "
                + "(articles per canonical name, before the archive merges surname-only values), with the extraction speed.")
public final class EvalFacetsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CORPUS", description = "JSON Lines file (gzip ok), as `index` reads it") Path corpus;
    @Option(names = "--top", defaultValue = "50", description = "names per facet (default: ${DEFAULT-VALUE})") int top;
    @Option(names = "--limit", defaultValue = "0", description = "read only the first N articles (0: all)") int limit;
    @Option(names = "--threads", defaultValue = "1", description = "extraction threads (default: ${DEFAULT-VALUE})") int threads;

    @Override public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) throw new IllegalArgumentException(corpus + ": no such file");
        List<Article> articles = new ArrayList<>();
        JsonArticleReader reader = new JsonArticleReader(new ArticleAssembler(Clock.systemUTC(), true));
        try (InputStream raw = Files.newInputStream(corpus);
             InputStream in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
            reader.readLines(in, corpus.toString(), new IngestListener() {
                @Override public void article(Article a, String file, long line) { if (limit <= 0 || articles.size() < limit) articles.add(a); }
                @Override public void problem(IngestProblem p) {}
            });
        }
        FrenchExtractor extractor = new FrenchExtractor();
        extractor.extract(articles.get(0)); // loads the lexicons outside the timing
        FacetSurvey.Result r = FacetSurvey.run(articles, extractor, Math.max(1, threads), top);
        for (EntityType t : EntityType.values()) {
            System.out.println("== " + t + " (top " + top + ")");
            int rank = 1;
            for (FacetSurvey.Count c : r.top().get(t)) System.out.printf("%3d %6d  %s%n", rank++, c.articles(), c.name());
        }
        System.out.printf("%d articles, %.1f MB of text, %.1f s CPU: %.2f MB/s per core%n",
                r.articles(), r.chars() / 1e6, r.cpuSeconds(), r.megabytesPerCoreSecond());
        return 0;
    }
}
