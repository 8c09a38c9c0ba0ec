package kiosque.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a {@link SearchRequest} back as a bookmarkable {@code /?…} link; defaults are left out so links stay short. */
public final class SearchUrls {
    private SearchUrls() {}

    public static String of(SearchRequest r) {
        StringBuilder sb = new StringBuilder();
        add(sb, "q", r.q());
        addAll(sb, "actor", r.actors());
        addAll(sb, "org", r.orgs());
        addAll(sb, "place", r.places());
        addAll(sb, "speaker", r.speakers());
        addAll(sb, "mentioned", r.mentioned());
        if (r.from() != null) add(sb, "from", r.from().iso());
        if (r.to() != null) add(sb, "to", r.to().iso());
        if (r.sortGiven()) add(sb, "sort", r.sort().param());
        if (r.size() != SearchRequest.DEFAULT_SIZE) add(sb, "size", Integer.toString(r.size()));
        if (r.page() != 1) add(sb, "page", Integer.toString(r.page()));
        return sb.isEmpty() ? "/" : "/?" + sb;
    }

    /**
     * Link to an article page, keeping the id intact whatever characters it holds. A slash stays a slash: the
     * server refuses an encoded one in a path (%2F), and the article route takes the rest of the path as the id.
     */
    public static String article(String id) {
        StringBuilder sb = new StringBuilder("/articles/");
        String[] segments = id.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) sb.append('/');
            sb.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static void addAll(StringBuilder sb, String name, List<String> values) {
        for (String v : values) add(sb, name, v);
    }

    private static void add(StringBuilder sb, String name, String value) {
        if (value == null || value.isEmpty()) return;
        if (!sb.isEmpty()) sb.append('&');
        sb.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
}
