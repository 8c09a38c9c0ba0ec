package kiosque.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kiosque.extract.Extraction;
import kiosque.extract.Extractor;
import kiosque.ingest.Article;

/** An article with its extraction done beforehand: what (b) Kiosque's writer, (d) OpenSearch and (e) Kiosque's archive on OpenSearch are fed. */
public record PreparedArticle(Article article, Extraction extraction) {

    public PreparedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extraction, "extraction");
    }

    public BenchDocument toBenchDocument() {
        return BenchDocument.of(article, extraction);
    }

    /**
     * Extracts every article on {@code threads} threads. Copies made by {@link BenchCorpus#scaled} share the text
     * of their original, so only the first {@code distinct} articles are extracted and the copies reuse the result.
     */
    public static List<PreparedArticle> extract(List<Article> articles, int distinct, Extractor extractor, int threads) {
        Extraction[] extractions = new Extraction[distinct];
        Workers.forEachIndex(distinct, threads, i -> {
            Extraction x;
            try {
                x = extractor.extract(articles.get(i));
            } catch (RuntimeException | StackOverflowError e) {
                x = Extraction.EMPTY; // as the indexing pipeline does: indexed without extracted fields
            }
            extractions[i] = x;
        });
        List<PreparedArticle> out = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) out.add(new PreparedArticle(articles.get(i), extractions[i % distinct]));
        return out;
    }
}
