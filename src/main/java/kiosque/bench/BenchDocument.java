package kiosque.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.ingest.Article;

/**
 * One article as every engine of the benchmark receives it: text plus the entities extracted beforehand,
 * so that each engine indexes exactly the same thing.
 *
 * @param date publication day (the start of the article's date at its precision), or null when unknown
 */
public record BenchDocument(String id, String title, String lede, String body, LocalDate date,
                            List<String> actors, List<String> orgs, List<String> places) {

    public BenchDocument {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        lede = lede == null ? "" : lede;
        body = body == null ? "" : body;
        actors = List.copyOf(actors);
        orgs = List.copyOf(orgs);
        places = List.copyOf(places);
    }

    public static BenchDocument of(Article article, Extraction extraction) {
        return new BenchDocument(article.id(), article.title(), article.lede(), article.body(),
                article.date() == null ? null : article.date().start(),
                extraction.names(EntityType.PERSON), extraction.names(EntityType.ORGANIZATION), extraction.names(EntityType.PLACE));
    }

    /** UTF-8 bytes of searchable text, for MB/s figures. */
    public long textBytes() {
        return (long) title.getBytes(StandardCharsets.UTF_8).length + lede.getBytes(StandardCharsets.UTF_8).length
                + body.getBytes(StandardCharsets.UTF_8).length;
    }
}
