package kiosque.bench;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kiosque.extract.Extraction;
import kiosque.ingest.Article;

/**
 * Test stand-in for the extractor, which is not written yet: runs of two or more capitalised words inside
 * a title (« Emmanuel Macron ») become the article's actors. Computed from the data, enough to exercise
 * the keyword fields, facets and the actor-filtered queries.
 */
final class TitleNames {

    private static final Pattern NAME_RUN = Pattern.compile("(?<=\\s)(\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+)+)");

    private TitleNames() {
    }

    static BenchDocument document(Article article) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME_RUN.matcher(article.title());
        while (m.find()) names.add(m.group(1));
        BenchDocument plain = BenchDocument.of(article, Extraction.EMPTY);
        return new BenchDocument(plain.id(), plain.title(), plain.lede(), plain.body(), plain.date(),
                List.copyOf(names), List.of(), List.of());
    }
}
