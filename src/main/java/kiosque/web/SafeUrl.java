package kiosque.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Decides whether a URL read from an article may become a link: only absolute http(s), never {@code javascript:} or {@code data:}. */
final class SafeUrl {
    private SafeUrl() {}

    /** The URL if it is safe to put in an href, else null. */
    static String linkable(String url) {
        if (url == null || url.isBlank()) return null;
        String u = url.strip();
        // Control characters and spaces inside a scheme are how filters get fooled (« java\tscript: »): refuse them outright.
        if (u.chars().anyMatch(c -> c < 0x20 || c == 0x7f || Character.isWhitespace(c))) return null;
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) return null;
            return uri.toASCIIString();
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
