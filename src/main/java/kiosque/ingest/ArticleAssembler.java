package kiosque.ingest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw fields a reader found into a clean {@link Article}, or says why it cannot.
 * Rules (documented in the README's ingest section):
 * no id or no body text → skipped; an unreadable date (« 2020-13-45 », « hier ») or a date in the future →
 * the article is kept without a date and the problem reported; a body over {@link #MAX_BODY_CHARS} → kept,
 * cut at a paragraph boundary, reported.
 */
public final class ArticleAssembler {

    /** Raw values as found in the source; any may be null. */
    public record Fields(String id, String title, String lede, String body, String date, String url, String source) {}

    public static final int MAX_BODY_CHARS = 5_000_000;
    static final int MAX_ID_CHARS = 512;
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_PREFIX = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})[T ].*");

    private final Clock clock;
    private final boolean repairJoins;

    /** @param repairJoins restore paragraph breaks lost by scraping (JSON sources; the seed format keeps its own) */
    public ArticleAssembler(Clock clock, boolean repairJoins) {
        this.clock = clock;
        this.repairJoins = repairJoins;
    }

    public Optional<Article> assemble(Fields f, String file, long line, Consumer<IngestProblem> problems) {
        String id = f.id() == null ? "" : TextCleaner.line(f.id());
        if (id.isEmpty()) {
            problems.accept(IngestProblem.skipped(file, line, "no id"));
            return Optional.empty();
        }
        if (id.length() > MAX_ID_CHARS) {
            problems.accept(IngestProblem.skipped(file, line, "id longer than " + MAX_ID_CHARS + " characters"));
            return Optional.empty();
        }
        String body = TextCleaner.body(f.body());
        if (repairJoins) body = JoinRepair.repair(body, "\n\n");
        if (body.isEmpty()) {
            problems.accept(IngestProblem.skipped(file, line, "article '" + id + "' has an empty body"));
            return Optional.empty();
        }
        if (body.length() > MAX_BODY_CHARS) {
            int cut = body.lastIndexOf("\n\n", MAX_BODY_CHARS);
            int spaceCut = body.lastIndexOf(' ', MAX_BODY_CHARS);
            body = body.substring(0, cut > MAX_BODY_CHARS / 2 ? cut : spaceCut > 0 ? spaceCut : MAX_BODY_CHARS);
            problems.accept(IngestProblem.degraded(file, line, "article '" + id + "' is longer than "
                    + MAX_BODY_CHARS + " characters; its body was cut there"));
        }
        String lede = TextCleaner.line(repairJoins && f.lede() != null ? JoinRepair.repair(f.lede(), " ") : f.lede());
        String title = TextCleaner.line(f.title());
        if (title.isEmpty()) title = Sentences.first(lede.isEmpty() ? body : lede);
        PartialDate date = date(f.date(), id, file, line, problems);
        String url = blankToNull(TextCleaner.line(f.url()));
        String source = blankToNull(TextCleaner.line(f.source()));
        return Optional.of(new Article(id, title, lede, body, date, url, source));
    }

    private PartialDate date(String raw, String id, String file, long line, Consumer<IngestProblem> problems) {
        if (raw == null || raw.isBlank()) return null;
        String text = raw.strip();
        Matcher iso = ISO_PREFIX.matcher(text);
        if (iso.matches()) text = iso.group(1);
        Matcher fr = FRENCH_DATE.matcher(text);
        if (fr.matches()) text = fr.group(3) + "-" + fr.group(2) + "-" + fr.group(1);
        PartialDate date;
        try {
            date = PartialDate.parse(text);
        } catch (IllegalArgumentException e) {
            problems.accept(IngestProblem.degraded(file, line, "article '" + id + "': " + e.getMessage() + "; indexed without a date"));
            return null;
        }
        if (date.start().isAfter(LocalDate.now(clock).plusDays(1))) {
            problems.accept(IngestProblem.degraded(file, line, "article '" + id + "': date " + date.iso()
                    + " is in the future; indexed without a date"));
            return null;
        }
        return date;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
