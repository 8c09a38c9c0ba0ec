package kiosque.opensearch;

import kiosque.search.Html;

/**
 * Turns one passage of OpenSearch's unified highlighter (matches between two private-use marker characters, text not
 * escaped) into a Kiosque excerpt: text HTML-escaped, matches in {@code <mark>}, « … » where the passage does not
 * start or end the field, exactly as the Lucene archive formats its passages.
 */
final class ExcerptMarks {
    private ExcerptMarks() {}

    static String format(String fragment, String content, String start, String end) {
        String plain = fragment.replace(start, "").replace(end, "");
        String stripped = plain.strip();
        int at = content.indexOf(stripped);
        StringBuilder sb = new StringBuilder();
        if (at > 0) sb.append("… ");
        int pos = 0;
        while (pos < fragment.length()) {
            int s = fragment.indexOf(start, pos);
            if (s < 0) {
                sb.append(Html.escape(fragment.substring(pos)));
                break;
            }
            sb.append(Html.escape(fragment.substring(pos, s)));
            int e = fragment.indexOf(end, s);
            if (e < 0) e = fragment.length();
            sb.append("<mark>").append(Html.escape(fragment.substring(s + start.length(), e))).append("</mark>");
            pos = Math.min(fragment.length(), e + end.length());
        }
        String passage = sb.toString().strip();
        boolean beforeEnd = at < 0 || at + stripped.length() < content.strip().length();
        return beforeEnd ? passage + " …" : passage;
    }
}
