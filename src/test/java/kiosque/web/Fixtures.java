package kiosque.web;

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

/**
 * Small articles written for these tests, with extractions whose offsets are computed from the text (so the
 * article page can mark them), including hostile ones whose title, body, id and url try to inject markup and script.
 */
final class Fixtures {
    private Fixtures() {}

    static final String HOSTILE_ID = "x<script>1";
    static final String ECONOMY_ID_PREFIX = "economie/2018/semaine ";

    static Map<Article, Extraction> archive() {
        Map<Article, Extraction> m = new LinkedHashMap<>();
        String body1 = "Les négociations à Moscou reprennent entre Ankara et le Kremlin.\n\nUn sommet\n\n"
                + "Mercredi 4 mars, Recep Tayyip Erdogan a rencontré Vladimir Poutine. «Le cessez-le-feu doit tenir», a dit Erdogan.";
        m.put(new Article("moscou-1", "Sommet à Moscou sur la Syrie", "Ankara et Moscou discutent d'Idlib.", body1,
                PartialDate.parse("2020-03"), "https://example.org/moscou", "Exemple"),
                new Extraction(List.of(
                        entity(EntityType.PERSON, "Recep Tayyip Erdogan", body1, "Recep Tayyip Erdogan", "Erdogan"),
                        entity(EntityType.PERSON, "Vladimir Poutine", body1, "Vladimir Poutine"),
                        entity(EntityType.PLACE, "Moscou", body1, "Moscou"),
                        entity(EntityType.ORGANIZATION, "Kremlin", body1, "Kremlin")),
                        List.of(date(body1, "Mercredi 4 mars", "2020-03-04")),
                        List.of(quote(body1, "Le cessez-le-feu doit tenir", "Recep Tayyip Erdogan"))));
        String body2 = "Vladimir Poutine a parlé à Paris de négociations commerciales. «Nous avancons», a dit Poutine. "
                + "«Rien n'est fait», a répondu Emmanuel Macron.";
        m.put(new Article("paris-2", "Poutine à Paris", "", body2, PartialDate.parse("2019-06-12"), null, null),
                new Extraction(List.of(
                        entity(EntityType.PERSON, "Vladimir Poutine", body2, "Vladimir Poutine", "Poutine"),
                        entity(EntityType.PERSON, "Emmanuel Macron", body2, "Emmanuel Macron"),
                        entity(EntityType.PLACE, "Paris", body2, "Paris")),
                        List.of(), List.of(quote(body2, "Nous avancons", "Vladimir Poutine"), quote(body2, "Rien n'est fait", "Emmanuel Macron"))));
        for (int i = 0; i < 14; i++) {
            // Ids shaped like paths, as many archives name their articles: they must open like any other.
            m.put(new Article(ECONOMY_ID_PREFIX + i, "Économie, épisode " + i, "", "Les négociations salariales continuent, semaine " + i + ".",
                    PartialDate.parse("2018-" + String.format("%02d", 1 + i % 12) + "-15"), null, null), Extraction.EMPTY);
        }
        String hostileBody = "Texte piégé <img src=x onerror=\"document.title='pwned-body'\"> et <script>window.pwned=1;document.title='pwned'</script> "
                + "négociations </p><b>gras</b> <a href=\"javascript:document.title='pwned-link'\">clic</a>";
        m.put(new Article(HOSTILE_ID, "<script>document.title='pwned-title'</script><img src=x onerror=alert(1)> négociations piégées",
                "<iframe src=javascript:alert(2)>", hostileBody, PartialDate.parse("2021-01-02"),
                "javascript:document.title='pwned-url'", "<b>source</b>"),
                new Extraction(List.of(new Entity(EntityType.PERSON, "<script>alert(3)</script>", List.of(new Mention(Section.BODY, 0, 5)))),
                        List.of(), List.of(new Quote("<img src=x onerror=alert(4)>", "<script>alert(3)</script>", Section.BODY, 0, 5))));
        return m;
    }

    static Entity entity(EntityType type, String name, String text, String... surfaces) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (String s : surfaces) {
            int at = text.indexOf(s);
            while (at >= 0) {
                int start = at, end = at + s.length();
                if (mentions.stream().noneMatch(x -> x.start() < end && start < x.end())) mentions.add(new Mention(Section.BODY, start, end));
                at = text.indexOf(s, at + 1);
            }
        }
        return new Entity(type, name, mentions);
    }

    static DateMention date(String text, String surface, String iso) {
        int at = text.indexOf(surface);
        return new DateMention(surface, PartialDate.parse(iso), Section.BODY, at, at + surface.length());
    }

    static Quote quote(String text, String q, String speaker) {
        int at = text.indexOf(q);
        return new Quote(q, speaker, Section.BODY, at, at + q.length());
    }
}
