package kiosque.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the readers reported for some paths, gathered for assertions. */
record Collected(List<Article> articles, List<String> places, List<IngestProblem> problems) {

    /** Ingest as if today were 2024-06-01, so « future » dates do not drift with the calendar. */
    static final Clock TODAY = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    static Collected read(Path... paths) {
        Collected c = new Collected(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        new Ingest(TODAY).read(List.of(paths), new IngestListener() {
            @Override public void article(Article a, String file, long line) {
                c.articles.add(a);
                c.places.add(Path.of(file).getFileName() + ":" + line);
            }

            @Override public void problem(IngestProblem p) { c.problems.add(p); }
        });
        return c;
    }

    Optional<Article> byId(String id) { return articles.stream().filter(a -> a.id().equals(id)).findFirst(); }

    List<String> ids() { return articles.stream().map(Article::id).toList(); }

    /** Problems as "name:line: reason-fragment" for easy matching. */
    List<String> problemLines() {
        return problems.stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + " " + p.severity() + " " + p.reason()).toList();
    }
}
