package kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;

/** Writes API answers with one shared Jackson mapper: compact, nulls kept so that absent fields read as null. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    static void send(Context ctx, int status, Object body) {
        byte[] utf8;
        try {
            // Straight to UTF-8 bytes: no intermediate String to build and encode again.
            utf8 = MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + body.getClass().getSimpleName(), e);
        }
        ctx.status(status).contentType("application/json; charset=utf-8").result(utf8);
    }
}
