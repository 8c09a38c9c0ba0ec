package kiosque.extract;

import kiosque.ingest.Article;

/** The default French extractor (first version pending). */
public final class FrenchExtractor implements Extractor {
    @Override public Extraction extract(Article article) {
        return Extraction.EMPTY;
    }
}
