package kiosque.opensearch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import kiosque.extract.Extraction;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.ingest.Article;
import org.junit.jupiter.api.Assumptions;

/**
 * The articles both backends are tested on: the seed article plus the first {@value #CORPUS_ARTICLES} articles of
 * ../shared/corpus (read at run time, never copied), extracted once per test JVM by the real pipeline.
 */
final class ContractCorpus {
    static final int CORPUS_ARTICLES = 2_000;
    static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");
    static final String SEED_ID = "000_ec6a9856f8f00feb";

    record Extracted(Article article, Extraction extraction) {}

    private static List<Extracted> articles;

    /** The seed articles alone (seeds/), as `./kiosque index seeds` has them. */
    static List<Extracted> seeds() throws IOException {
        return articles().stream().filter(e -> isSeed(e)).toList();
    }

    private static boolean isSeed(Extracted e) {
        return SEEDS.contains(e.article().id());
    }

    private static final java.util.Set<String> SEEDS = new java.util.HashSet<>();

    private ContractCorpus() {}

    static synchronized List<Extracted> articles() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(CORPUS), CORPUS + " is absent: the backend contract needs the shared corpus");
        if (articles != null) return articles;
        Path dir = Files.createTempDirectory("kiosque-contract-");
        Path sample = dir.resolve("sample.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8));
             Writer out = Files.newBufferedWriter(sample)) {
            String line;
            for (int n = 0; n < CORPUS_ARTICLES && (line = in.readLine()) != null; n++) out.write(line + "\n");
        }
        List<Extracted> all = Collections.synchronizedList(new ArrayList<>());
        IndexingPipeline.Target collect = new IndexingPipeline.Target() {
            @Override public ArchiveWriter.Outcome add(Article a, Extraction x) {
                all.add(new Extracted(a, x));
                return ArchiveWriter.Outcome.INDEXED;
            }

            @Override public void commit() {}

            @Override public void close() {}
        };
        IndexingPipeline.withDefaults(2).run(List.of(Path.of("seeds")), collect, IndexingPipeline.Progress.NONE);
        all.forEach(e -> SEEDS.add(e.article().id()));
        IndexingPipeline.withDefaults(2).run(List.of(sample), collect, IndexingPipeline.Progress.NONE);
        Files.delete(sample);
        Files.delete(dir);
        all.sort(java.util.Comparator.comparing(e -> e.article().id()));
        articles = List.copyOf(all);
        return articles;
    }

    /** Writes the articles into a backend's target and commits. */
    static void load(List<Extracted> which, IndexingPipeline.Target target) throws IOException {
        for (Extracted e : which) target.add(e.article(), e.extraction());
        target.commit();
    }
}
