package kiosque.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Excerpts arrive as HTML from the search layer (text escaped, matches in {@code <mark>}). Before they are written
 * unescaped into a page, every angle bracket that is not part of a bare {@code <mark>} or {@code </mark>} is escaped
 * again, so that a bug upstream can never become markup in a reader's browser.
 */
final class ExcerptHtml {
    private static final Pattern TAG_OR_BRACKET = Pattern.compile("</?mark>|[<>]");

    private ExcerptHtml() {}

    static String clean(String html) {
        if (html == null) return "";
        Matcher m = TAG_OR_BRACKET.matcher(html);
        StringBuilder sb = new StringBuilder(html.length() + 16);
        int depth = 0;
        while (m.find()) {
            String t = m.group();
            String out = switch (t) {
                case "<mark>" -> { depth++; yield t; }
                case "</mark>" -> { if (depth == 0) yield "&lt;/mark&gt;"; depth--; yield t; }
                case "<" -> "&lt;";
                default -> "&gt;";
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(out));
        }
        m.appendTail(sb);
        sb.append("</mark>".repeat(depth));
        return sb.toString();
    }
}
