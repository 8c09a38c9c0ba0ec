package kiosque.search;

import kiosque.extract.Extraction;
import kiosque.ingest.Article;

/** An article as the archive keeps it: the text and what was extracted from it. */
public record StoredArticle(Article article, Extraction extraction) {}
