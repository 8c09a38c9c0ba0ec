package kiosque.extract;

import kiosque.ingest.Article;

/** Turns an article into its people, organisations, places, dates mentioned and quotes. Thread-safe. */
public interface Extractor {
    Extraction extract(Article article);
}
