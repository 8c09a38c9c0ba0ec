package kiosque.web;

import java.util.List;
import java.util.Locale;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.ingest.Article;
import kiosque.search.StoredArticle;

/**
 * The JSON body of {@code GET /api/articles/{id}}: the article and what was extracted from it. Offsets are
 * characters into the text of {@code section} (title, lede or body), end exclusive.
 */
public record ArticleResponse(String id, String title, String lede, String body, String date, String url, String source,
                              List<EntityJson> actors, List<EntityJson> orgs, List<EntityJson> places,
                              List<DateJson> dates, List<QuoteJson> quotes) {

    public record MentionJson(String section, int start, int end) {}
    public record EntityJson(String name, List<MentionJson> mentions) {}
    public record DateJson(String text, String value, String section, int start, int end) {}
    public record QuoteJson(String text, String speaker, String section, int start, int end) {}

    /** @param speakers when not empty, only the quotes of these speakers are kept */
    public static ArticleResponse of(StoredArticle stored, List<String> speakers) {
        Article a = stored.article();
        Extraction x = stored.extraction();
        return new ArticleResponse(a.id(), a.title(), a.lede(), a.body(), a.date() == null ? null : a.date().iso(), a.url(), a.source(),
                entities(x, EntityType.PERSON), entities(x, EntityType.ORGANIZATION), entities(x, EntityType.PLACE),
                x.dates().stream().map(d -> new DateJson(d.text(), d.value() == null ? null : d.value().iso(),
                        section(d.section()), d.start(), d.end())).toList(),
                quotesOf(x, speakers).stream().map(q -> new QuoteJson(q.text(), q.speaker(), section(q.section()), q.start(), q.end())).toList());
    }

    static List<Quote> quotesOf(Extraction x, List<String> speakers) {
        if (speakers.isEmpty()) return x.quotes();
        return x.quotes().stream().filter(q -> q.speaker() != null && speakers.contains(q.speaker())).toList();
    }

    private static List<EntityJson> entities(Extraction x, EntityType type) {
        return x.entities().stream().filter(e -> e.type() == type)
                .map(e -> new EntityJson(e.name(), e.mentions().stream().map(ArticleResponse::mention).toList())).toList();
    }

    private static MentionJson mention(Mention m) {
        return new MentionJson(section(m.section()), m.start(), m.end());
    }

    private static String section(Section s) {
        return s == null ? null : s.name().toLowerCase(Locale.ROOT);
    }

}
