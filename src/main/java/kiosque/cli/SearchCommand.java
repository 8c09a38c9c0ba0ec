package kiosque.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kiosque.ingest.PartialDate;
import kiosque.search.ArchiveQuery;
import kiosque.search.BadQueryException;
import kiosque.search.Hit;
import kiosque.search.Archive;
import kiosque.search.SearchResult;
import kiosque.search.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches the archive from the terminal, as the web page and the JSON API do. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive. Words are AND-ed; \"phrases\", -exclusion, OR, and acteur:, lieu:, org:, titre: prefixes work.",
                "Exit code: 0 with results, 1 when nothing matched, 2 for a bad query or a missing index."})
public final class SearchCommand implements Callable<Integer> {

    @Option(names = "--index", paramLabel = "DIR", description = "archive folder (default: index/ of the checkout)")
    Path index;

    @Option(names = "--json", description = "print the answer as the JSON API does")
    boolean json;

    @Option(names = "--actor", paramLabel = "A", description = "only articles about this person (repeatable: any of them)")
    List<String> actors = new ArrayList<>();

    @Option(names = "--place", paramLabel = "P", description = "only articles naming this place (repeatable)")
    List<String> places = new ArrayList<>();

    @Option(names = "--org", paramLabel = "O", description = "only articles naming this organisation (repeatable)")
    List<String> orgs = new ArrayList<>();

    @Option(names = "--from", paramLabel = "D", description = "published on or after D (YYYY, YYYY-MM or YYYY-MM-DD)")
    String from;

    @Option(names = "--to", paramLabel = "D", description = "published on or before D (YYYY, YYYY-MM or YYYY-MM-DD)")
    String to;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date (oldest first) or -date (newest first)")
    String sort;

    @Option(names = "--size", defaultValue = "10", description = "number of hits (1-100)")
    int size;

    @picocli.CommandLine.Mixin ArchiveBackend backend;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "the words to look for")
    List<String> words = new ArrayList<>();

    @Override public Integer call() throws Exception {
        try (Archive archive = backend.open(index == null ? Home.defaultIndex() : index)) {
            ArchiveQuery q = ArchiveQuery.of(String.join(" ", words))
                    .withActors(actors).withPlaces(places).withOrgs(orgs)
                    .withDates(date("--from", from), date("--to", to))
                    .withSort(SortOrder.parse(sort))
                    .withPage(1, size);
            SearchResult r = archive.search(q);
            PrintWriter out = spec.commandLine().getOut();
            if (json) out.println(new ObjectMapper().writeValueAsString(r));
            else print(r, out);
            out.flush();
            return r.total() > 0 ? 0 : 1;
        } catch (BadQueryException e) {
            spec.commandLine().getErr().println("kiosque search: " + e.error() + ": " + e.detail());
            spec.commandLine().getErr().flush();
            return 2;
        }
    }

    private static PartialDate date(String option, String value) {
        if (value == null) return null;
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("bad date", option + ": " + e.getMessage());
        }
    }

    private static void print(SearchResult r, PrintWriter out) {
        out.printf("%d article(s), %d ms%n", r.total(), r.tookMs());
        for (Hit h : r.hits()) {
            out.printf("%n%s  %s  [%s]%n", h.date() == null ? "----------" : h.date(), h.title(), h.id());
            for (String e : h.excerpts()) out.println("    " + plain(e));
            if (!h.actors().isEmpty()) out.println("    acteurs : " + String.join(", ", h.actors()));
        }
    }

    /** Excerpts are HTML: show marks as «…» on a terminal and unescape entities. */
    private static String plain(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }
}
