package kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import kiosque.search.SearchResult;

/** Writes API answers with one shared Jackson mapper: compact, nulls kept so that absent fields read as null. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    static void send(Context ctx, int status, Object body) {
        if (body instanceof SearchResult r) {
            write(ctx, status, SearchResultJson.utf8(r));
            return;
        }
        byte[] utf8;
        try {
            // Straight to UTF-8 bytes: no intermediate String to build and encode again.
            utf8 = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + body.getClass().getSimpleName(), e);
        }
        write(ctx, status, utf8);
    }

    private static void write(Context ctx, int status, byte[] utf8) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(utf8);
    }

    /** What the data-binding mapper writes for a value: the reference the streaming writers are tested against. */
    static byte[] mapped(Object body) throws JsonProcessingException {
        return MAPPER.writeValueAsBytes(body);
    }
}
