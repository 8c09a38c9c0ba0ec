package kiosque.ingest;

import java.util.Objects;

/**
 * One news article as read from a source, before any extraction.
 *
 * @param id     stable identifier; re-indexing the same id replaces the article
 * @param title  headline (never null; derived from the first sentence when the source has none)
 * @param lede   the standfirst / « chapô », may be empty
 * @param body   paragraphs separated by a blank line ("\n\n"); sub-headings are paragraphs of their own
 * @param date   publication date at the precision the source gives, or null when unknown
 * @param url    optional link to the original, may be null
 * @param source optional publication name, may be null
 */
public record Article(String id, String title, String lede, String body, PartialDate date, String url, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("empty id");
        title = title == null ? "" : title;
        lede = lede == null ? "" : lede;
        body = body == null ? "" : body;
    }
}
