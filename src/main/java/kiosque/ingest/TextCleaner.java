package kiosque.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalises text from any source: one kind of line break, no control characters, no markup,
 * paragraphs separated by exactly one blank line and single spaces inside them.
 * Paragraphs are split where a line break is followed, after blanks only, by another one ({@code \n\s*\n}).
 * One pass without regex: reading spent a third of its time here when it split and joined.
 */
public final class TextCleaner {
    private TextCleaner() {}

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\u0080-\\u009F\\uFEFF\\uFFFE\\uFFFF]");

    /** Cleans one field (a title, a lede): a single paragraph, whatever breaks it held. */
    public static String line(String raw) {
        if (raw == null) return "";
        return clean(raw, " ");
    }

    /** Cleans a body: paragraphs separated by "\n\n"; single line breaks inside a paragraph become spaces. */
    public static String body(String raw) {
        if (raw == null || raw.isEmpty()) return "";
        return clean(raw, "\n\n");
    }

    public static List<String> paragraphs(String raw) {
        String body = body(raw);
        return body.isEmpty() ? List.of() : new ArrayList<>(List.of(body.split("\n\n")));
    }

    private static String clean(String raw, String separator) {
        if (raw.isEmpty()) return raw;
        String s = normalise(raw);
        if (s == raw && alreadyClean(s, separator.length() == 2)) return s;
        return collapse(s, separator);
    }

    /** One kind of line break, no control characters, markup turned into text; the same string when nothing changes. */
    private static String normalise(String raw) {
        String s = raw;
        if (s.indexOf('\r') >= 0) s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (hasControl(s)) s = CONTROL.matcher(s).replaceAll("");
        if (HtmlText.looksLikeHtml(s)) s = HtmlText.toText(s);
        return s;
    }

    /** Same as CONTROL.matcher(s).find(), without the regex cost on the common clean text. */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF') return true;
        }
        return false;
    }

    /** Blanks that collapse into one space inside a paragraph. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** What {@code \s} matches in a Java regex: the blanks allowed between the two line breaks of a paragraph break. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /**
     * True when cleaning would give the text back unchanged: no blank at either end, single spaces between words,
     * and (in a body) line breaks only in pairs that separate two paragraphs.
     */
    private static boolean alreadyClean(String s, boolean body) {
        int n = s.length();
        if (blank(s.charAt(0)) || blank(s.charAt(n - 1))) return false;
        for (int i = 1; i < n - 1; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n') return false;
            } else if (c == '\n') {
                if (!body || s.charAt(i + 1) != '\n' || i + 2 >= n || blank(s.charAt(i + 2)) || regexSpace(s.charAt(i + 2))
                        || blank(s.charAt(i - 1)) || regexSpace(s.charAt(i - 1))) return false;
                i++;
            } else if (blank(c)) return false;
        }
        return true;
    }

    private static String collapse(String s, String separator) {
        int n = s.length();
        StringBuilder out = new StringBuilder(n);
        boolean inParagraph = false, space = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                int lastBreak = -1;
                for (int k = i + 1; k < n && regexSpace(s.charAt(k)); k++) if (s.charAt(k) == '\n') lastBreak = k;
                if (lastBreak >= 0) {
                    inParagraph = false;
                    space = false;
                    i = lastBreak + 1;
                } else {
                    space = true;
                    i++;
                }
            } else if (blank(c)) {
                space = true;
                i++;
            } else {
                if (!inParagraph) {
                    if (out.length() > 0) out.append(separator);
                    inParagraph = true;
                } else if (space) out.append(' ');
                space = false;
                int j = i + 1;
                while (j < n) { // copy a run of words with single spaces in one go
                    char d = s.charAt(j);
                    if (!blank(d)) j++;
                    else if (d == ' ' && j + 1 < n && !blank(s.charAt(j + 1))) j += 2;
                    else break;
                }
                out.append(s, i, j);
                i = j;
            }
        }
        return out.toString();
    }
}
