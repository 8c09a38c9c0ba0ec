package kiosque.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before Javalin sees them (ambiguous paths such as {@code /static/..;/x},
 * NUL bytes, malformed request lines) the way the application answers its own errors: a JSON
 * {"error", "detail"}, the security headers, and never Jetty's default page or a stack trace.
 */
final class JettyErrors extends ErrorHandler {

    @Override protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                              Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        secure(headers);
        headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, body(code, message), callback);
    }

    @Override public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        secure(fields);
        fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        return body(status, reason);
    }

    private static void secure(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private static ByteBuffer body(int code, String message) {
        String detail = message == null || message.isBlank() ? "the request could not be read" : message;
        String json = "{\"error\":" + quote(code >= 500 ? "server error" : "bad request") + ",\"detail\":" + quote(detail) + "}";
        return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c == '<' || c == '>' || c == '&') sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
