package kiosque.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.search.Archive;
import kiosque.search.BadQueryException;
import kiosque.search.SearchResult;
import kiosque.search.SortOrder;

/** The HTML pages: the search page and the article page, rendered from Thymeleaf templates. Read-only. */
final class PageHandlers {
    private final Archive archive;
    private final Templates templates;

    PageHandlers(Archive archive, Templates templates) {
        this.archive = archive;
        this.templates = templates;
    }

    void search(Context ctx) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("archiveSize", archive.size());
        try {
            SearchRequest request = SearchRequest.parse(RequestParams.of(ctx));
            // Without words, relevance means nothing: show the newest articles first.
            if (request.q().isEmpty()) request = request.withDefaultSort(SortOrder.DATE_DESC);
            SearchResult result = archive.search(request.toArchiveQuery());
            SearchPage page = SearchPage.of(request, result);
            vars.put("page", page);
            vars.put("hidden", page.hidden());
            vars.put("q", request.q());
            html(ctx, 200, "search", vars);
        } catch (BadQueryException e) {
            String q = firstOrEmpty(ctx, "q");
            vars.put("q", q);
            vars.put("errorTitle", frenchTitle(e.error()));
            vars.put("errorHint", frenchHint(e.error()));
            vars.put("errorDetail", e.detail());
            vars.put("clearHref", "/");
            html(ctx, 400, "search", vars);
        }
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> speakers = ApiHandlers.speakers(ctx);
        var stored = archive.article(id);
        if (stored.isEmpty()) {
            notFound(ctx, "Aucun article ne porte l’identifiant « " + BadQueryException.abbreviate(id) + " ».");
            return;
        }
        html(ctx, 200, "article", Map.of("a", ArticlePage.of(stored.get(), speakers)));
    }

    void notFound(Context ctx, String message) {
        html(ctx, 404, "error", Map.of("status", 404, "title", "Page introuvable", "message", message));
    }

    void failure(Context ctx, int status, String title, String message) {
        html(ctx, status, "error", Map.of("status", status, "title", title, "message", message));
    }

    private void html(Context ctx, int status, String template, Map<String, Object> vars) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(templates.render(template, vars));
    }

    private static String firstOrEmpty(Context ctx, String name) {
        try {
            String v = ctx.queryParam(name);
            return v == null ? "" : v;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** What to do about it, in the reader's language; the technical detail follows in smaller type. */
    static String frenchHint(String error) {
        return switch (error) {
            case "unbalanced quotes" -> "Chaque guillemet ouvert doit être refermé : \"police militaire\" cherche l’expression exacte.";
            case "bad date", "bad date range" -> "Les dates s’écrivent AAAA, AAAA-MM ou AAAA-MM-JJ (par exemple 2020-03), et le début précède la fin.";
            case "unknown sort" -> "Le tri se fait par pertinence, par date croissante ou décroissante.";
            case "bad size", "bad page", "bad number" -> "La page et le nombre de résultats par page sont des nombres entiers (au plus 100 résultats par page).";
            case "query too long" -> "Raccourcissez la recherche.";
            case "query too slow", "query too complex" -> "La recherche demande trop de calcul : réduisez les jokers (*, ?) et les termes approchés (~).";
            default -> "Vérifiez la recherche et réessayez.";
        };
    }

    /** The page speaks French; the API's error names stay stable English keys. */
    static String frenchTitle(String error) {
        return switch (error) {
            case "unbalanced quotes" -> "Guillemets non refermés";
            case "bad date", "bad date range" -> "Date incorrecte";
            case "unknown sort" -> "Tri inconnu";
            case "bad size", "bad page", "bad number" -> "Numéro de page ou taille incorrects";
            case "query too long" -> "Recherche trop longue";
            case "query too slow", "query too complex" -> "Recherche trop coûteuse";
            default -> "Recherche incomprise";
        };
    }
}
