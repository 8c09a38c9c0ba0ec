package kiosque.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import kiosque.search.BadQueryException;

/** Query parameters of a request, with broken percent-encoding answered as a bad request rather than a crash. */
final class RequestParams {
    private RequestParams() {}

    static Map<String, List<String>> of(Context ctx) {
        try {
            return ctx.queryParamMap();
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("bad encoding", "the query string is not valid percent-encoded UTF-8");
        }
    }
}
