package kiosque.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises text from any source: one kind of line break, no control characters, no markup,
 * paragraphs separated by exactly one blank line and single spaces inside them.
 */
public final class TextCleaner {
    private TextCleaner() {}

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u0080-\\u009F\\uFEFF\\uFFFE\\uFFFF]");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /** Cleans one field (a title, a lede): a single paragraph, whatever breaks it held. */
    public static String line(String raw) {
        if (raw == null) return "";
        return String.join(" ", paragraphs(raw));
    }

    /** Cleans a body: paragraphs separated by "\n\n"; single line breaks inside a paragraph become spaces. */
    public static String body(String raw) {
        return String.join("\n\n", paragraphs(raw));
    }

    public static List<String> paragraphs(String raw) {
        if (raw == null || raw.isEmpty()) return List.of();
        String s = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (hasControl(s)) s = CONTROL.matcher(s).replaceAll("");
        if (HtmlText.looksLikeHtml(s)) s = HtmlText.toText(s);
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(s)) {
            String q = collapseSpaces(p);
            if (!q.isEmpty()) out.add(q);
        }
        return out;
    }

    /** Same as CONTROL.matcher(s).find(), without the regex cost on the common clean text. */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') return true;
        }
        return false;
    }

    /** Line breaks and runs of spaces (tabs, no-break spaces) become one space; ends trimmed. One pass, no regex. */
    private static String collapseSpaces(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        boolean space = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = true;
            } else {
                if (space && sb.length() > 0) sb.append(' ');
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
