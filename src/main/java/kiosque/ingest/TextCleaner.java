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
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2007\\u202F]+");
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
        s = CONTROL.matcher(s).replaceAll("");
        if (HtmlText.looksLikeHtml(s)) s = HtmlText.toText(s);
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(s)) {
            String q = SPACES.matcher(p.replace('\n', ' ')).replaceAll(" ").strip();
            if (!q.isEmpty()) out.add(q);
        }
        return out;
    }
}
