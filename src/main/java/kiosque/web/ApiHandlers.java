package kiosque.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import kiosque.search.Archive;
import kiosque.search.BadQueryException;
import kiosque.search.FacetRequest;

/** The JSON API: thin handlers that validate, ask the archive, and write the answer. Read-only. */
final class ApiHandlers {
    private final Archive archive;

    ApiHandlers(Archive archive) {
        this.archive = archive;
    }

    void search(Context ctx) {
        Map<String, List<String>> params = RequestParams.of(ctx);
        SearchRequest request = SearchRequest.parse(params);
        FacetRequest facets = FacetRequest.parse(params.getOrDefault("facets", List.of()), SearchRequest.single(params, "facet_size"));
        Json.send(ctx, 200, archive.search(request.toArchiveQuery().withFacets(facets)));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        List<String> speakers = speakers(ctx);
        archive.article(id).ifPresentOrElse(
                a -> Json.send(ctx, 200, ArticleResponse.of(a, speakers)),
                () -> Json.send(ctx, 404, new ErrorResponse("not found", "no article with id '" + BadQueryException.abbreviate(id) + "'")));
    }

    static List<String> speakers(Context ctx) {
        List<String> s = RequestParams.of(ctx).getOrDefault("speaker", List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).map(String::strip).distinct().toList();
        if (s.size() > SearchRequest.MAX_VALUES_PER_FILTER)
            throw new BadQueryException("too many values", "speaker given " + s.size() + " times; at most " + SearchRequest.MAX_VALUES_PER_FILTER);
        return s;
    }
}
