package kiosque.web;

import io.javalin.http.Context;

/**
 * Headers sent with every answer. The pages use no script at all, so the policy forbids every script source;
 * styles and images come only from this server; nothing may frame the pages.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'", "style-src 'self'", "img-src 'self' data:", "font-src 'self'",
            "form-action 'self'", "frame-ancestors 'none'", "base-uri 'none'");

    private SecurityHeaders() {}

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        // Article links lead to other sites: do not hand them the reader's search.
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }
}
