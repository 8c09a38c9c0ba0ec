package kiosque.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits an article body into paragraphs (blank-line separated), keeping each one's offset into the body. */
final class Paragraphs {
    private static final Pattern BREAK = Pattern.compile("\\n[ \\t\\r\\u00a0]*\\n\\s*");
    /** A sub-heading is a short single line that does not end a sentence (« L'imminence d'un cessez-le-feu? » is one). */
    private static final int MAX_HEADING_CHARS = 90;

    record Paragraph(int start, int end, boolean heading) {}

    private Paragraphs() {}

    static List<Paragraph> of(String body) {
        List<Paragraph> out = new ArrayList<>();
        Matcher m = BREAK.matcher(body);
        int at = 0;
        while (m.find()) {
            add(out, body, at, m.start());
            at = m.end();
        }
        add(out, body, at, body.length());
        return out;
    }

    private static void add(List<Paragraph> out, String body, int start, int end) {
        while (start < end && Character.isWhitespace(body.charAt(start))) start++;
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) end--;
        if (start < end) out.add(new Paragraph(start, end, isHeading(body.substring(start, end))));
    }

    static boolean isHeading(String p) {
        if (p.length() > MAX_HEADING_CHARS || p.indexOf('\n') >= 0) return false;
        char last = p.charAt(p.length() - 1);
        return ".,;:…»\"”)".indexOf(last) < 0;
    }
}
