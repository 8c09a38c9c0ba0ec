package kiosque.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;

/**
 * Reads the repository's seed article (seeds/) in the seed text format: optional {@code date YYYY[-MM[-DD]]}, then
 * blank-line separated paragraphs; id from the file name; title = first sentence.
 * Kept minimal on purpose: once kiosque.ingest's seed reader is on main, these tests should use it instead.
 */
final class SeedArticle {
    static final Path SEED = Path.of("seeds", "000_ec6a9856f8f00feb.txt");
    private static final Pattern DATE = Pattern.compile("\\s*date\\s+(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)\\s+");
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^.+?[.!?](?=\\s|$)", Pattern.DOTALL);

    private SeedArticle() {}

    static Article read() throws IOException {
        String text = Files.readString(SEED, StandardCharsets.UTF_8).replace("\r\n", "\n");
        PartialDate date = null;
        Matcher m = DATE.matcher(text);
        if (m.lookingAt()) {
            date = PartialDate.parse(m.group(1));
            text = text.substring(m.end());
        }
        String body = text.strip();
        Matcher first = FIRST_SENTENCE.matcher(body);
        String title = first.find() ? first.group() : body.lines().findFirst().orElse("");
        String name = SEED.getFileName().toString();
        return new Article(name.substring(0, name.lastIndexOf('.')), title, "", body, date, null, null);
    }
}
