package kiosque.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import kiosque.ingest.Article;
import kiosque.ingest.ArticleAssembler;
import kiosque.ingest.IngestProblem;
import kiosque.ingest.SeedTextReader;

/** The repository's seed article (seeds/), read by the real seed reader as `./kiosque index` reads it. */
final class SeedArticle {
    static final Path SEED = Path.of("seeds", "000_ec6a9856f8f00feb.txt");

    private SeedArticle() {}

    static Article read() throws IOException {
        List<IngestProblem> problems = new ArrayList<>();
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        return new SeedTextReader(new ArticleAssembler(Clock.systemUTC(), false))
                .read(text, SEED.toString(), SEED.getFileName().toString(), problems::add)
                .orElseThrow(() -> new IllegalStateException("the seed did not read: " + problems));
    }
}
