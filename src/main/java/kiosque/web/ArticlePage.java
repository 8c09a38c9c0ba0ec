package kiosque.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Mention;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import kiosque.search.StoredArticle;

/**
 * What the article page shows: the text with its entities marked and linked to their facet search, the dates it
 * mentions and its quotes, optionally only those of some speakers.
 *
 * @param link     the original article's address when it is a safe http(s) link, else null
 * @param rawUrl   the original address as text, shown unlinked when it is not safe
 * @param speakers every speaker quoted, each with the link that toggles it in the quote filter
 */
public record ArticlePage(String id, List<Segment> title, List<Segment> lede, List<Block> body, String date, String source,
                          String link, String rawUrl, List<EntityGroup> entityGroups, List<DateItem> dates,
                          List<QuoteItem> quotes, int quoteCount, List<Choice> speakers, String allQuotesHref) {

    public record EntityItem(String name, int mentions, String href) {}
    public record EntityGroup(String label, String kind, List<EntityItem> items) {}
    public record DateItem(String text, String value, String href) {}
    public record QuoteItem(String text, String speaker, String speakerHref) {}
    /** A selectable value: its label, the link that toggles it, whether it is selected now. */
    public record Choice(String label, String href, boolean selected, long count) {}

    public static ArticlePage of(StoredArticle stored, List<String> speakerFilter) {
        Article a = stored.article();
        Extraction x = stored.extraction();
        String selfPath = SearchUrls.article(a.id());

        List<Block> body = new ArrayList<>();
        for (Paragraphs.Paragraph p : Paragraphs.of(a.body())) {
            List<Span> spans = spansIn(x, Section.BODY, p.start(), p.end());
            body.add(new Block(p.heading(), Segments.of(a.body().substring(p.start(), p.end()), spans)));
        }

        List<QuoteItem> quotes = ArticleResponse.quotesOf(x, speakerFilter).stream()
                .map(q -> new QuoteItem(q.text(), q.speaker(), q.speaker() == null ? null : facetHref(x, q.speaker())))
                .toList();

        Map<String, Long> bySpeaker = new LinkedHashMap<>();
        for (Quote q : x.quotes()) if (q.speaker() != null) bySpeaker.merge(q.speaker(), 1L, Long::sum);
        List<Choice> speakers = bySpeaker.entrySet().stream()
                .map(e -> new Choice(e.getKey(), speakerHref(selfPath, toggled(speakerFilter, e.getKey())),
                        speakerFilter.contains(e.getKey()), e.getValue()))
                .toList();

        String title = a.title().isBlank() ? a.id() : a.title();
        return new ArticlePage(a.id(),
                a.title().isBlank() ? List.of(Segment.plain(title)) : Segments.of(a.title(), spansIn(x, Section.TITLE, 0, a.title().length())),
                Segments.of(a.lede(), spansIn(x, Section.LEDE, 0, a.lede().length())),
                body, FrenchDates.label(a.date()), a.source(), SafeUrl.linkable(a.url()), a.url(),
                groups(x), dates(x), quotes, x.quotes().size(), speakers, selfPath);
    }

    /** Plain title text, for the page's {@code <title>}. */
    public String titleText() {
        StringBuilder sb = new StringBuilder();
        for (Segment s : title) sb.append(s.text());
        return sb.toString();
    }

    public boolean filtered() {
        return speakers.stream().anyMatch(Choice::selected);
    }

    /** Entity mentions of one section within [from, to), as spans relative to {@code from}. */
    private static List<Span> spansIn(Extraction x, Section section, int from, int to) {
        List<Span> spans = new ArrayList<>();
        for (Entity e : x.entities()) {
            String href = facetHref(e.type(), e.name());
            for (Mention m : e.mentions()) {
                if (m.section() == section && m.start() >= from && m.end() <= to)
                    spans.add(new Span(m.start() - from, m.end() - from, kind(e.type()), e.name(), href));
            }
        }
        return spans;
    }

    private static List<EntityGroup> groups(Extraction x) {
        List<EntityGroup> out = new ArrayList<>();
        for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.PLACE)) {
            List<EntityItem> items = x.entities().stream().filter(e -> e.type() == t)
                    .sorted(Comparator.comparingInt((Entity e) -> e.mentions().size()).reversed())
                    .map(e -> new EntityItem(e.name(), e.mentions().size(), facetHref(t, e.name()))).toList();
            if (!items.isEmpty()) out.add(new EntityGroup(groupLabel(t), kind(t), items));
        }
        return out;
    }

    private static List<DateItem> dates(Extraction x) {
        List<DateItem> out = new ArrayList<>();
        for (DateMention d : x.dates()) {
            PartialDate v = d.value();
            String href = null;
            if (v != null) {
                String searchable = v.precision() == PartialDate.Precision.YEAR ? v.iso() : v.monthIso();
                href = SearchUrls.of(emptyRequest().toggle("mentioned", searchable));
            }
            out.add(new DateItem(d.text(), v == null ? "date indéterminée" : FrenchDates.label(v), href));
        }
        return out;
    }

    static String facetHref(EntityType type, String name) {
        return SearchUrls.of(emptyRequest().toggle(facetKey(type), name));
    }

    /** A speaker is a person or an organisation of the article: link to the matching facet. */
    private static String facetHref(Extraction x, String speaker) {
        EntityType type = x.entities().stream().filter(e -> e.name().equals(speaker)).map(Entity::type).findFirst().orElse(EntityType.PERSON);
        return facetHref(type, speaker);
    }

    static String facetKey(EntityType type) {
        return switch (type) {
            case PERSON -> "actor";
            case ORGANIZATION -> "org";
            case PLACE -> "place";
        };
    }

    private static String kind(EntityType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "org";
            case PLACE -> "place";
        };
    }

    private static String groupLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "Personnes";
            case ORGANIZATION -> "Organisations";
            case PLACE -> "Lieux";
        };
    }

    private static SearchRequest emptyRequest() {
        return SearchRequest.parse(Map.of());
    }

    private static List<String> toggled(List<String> list, String v) {
        List<String> out = new ArrayList<>(list);
        if (!out.remove(v)) out.add(v);
        return out;
    }

    private static String speakerHref(String selfPath, List<String> speakers) {
        if (speakers.isEmpty()) return selfPath;
        StringBuilder sb = new StringBuilder(selfPath);
        char sep = '?';
        for (String s : speakers) {
            sb.append(sep).append("speaker=").append(java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.append("#citations").toString();
    }
}
