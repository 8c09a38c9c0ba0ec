package kiosque.ingest;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts back the paragraph breaks that scraping removed: « …Pyrénées.Alors que… » becomes two paragraphs.
 * A break is restored where sentence-final punctuation (with any closing quote or bracket) runs straight
 * into the start of a new sentence (capital letter, « or an opening quote) with no space between; a
 * well-typed text always has a space there. Initials and dotted acronyms (« U.S.A. », « J.M.G. »),
 * courtesy titles (« M.Dupont »), decimals, URLs and domain names are left joined.
 * Dash-framed AFP sub-headings that were glued in (« …éleveurs.- Pas grand chose -La nouvelle… »)
 * become paragraphs of their own.
 */
public final class JoinRepair {
    private JoinRepair() {}

    /** French abbreviations that precede a capitalised name: a dot after them never ends a sentence. */
    private static final Set<String> TITLES = Set.of(
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Mes", "Mgr", "Dr", "Pr", "St", "Ste", "Sts",
            "Jr", "Sr", "Cie", "cf", "av", "apr", "Vve");

    /** Words that open French sentences but never follow an initial (« J.Dans » is « …J. » then « Dans… »). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Au", "Aux", "Ce", "Cet", "Cette", "Ces", "Il", "Elle",
            "Ils", "Elles", "On", "Nous", "Vous", "Je", "J", "Sa", "Son", "Ses", "Leur", "Leurs", "Dans", "Par", "Pour",
            "Mais", "Et", "Selon", "Après", "Avant", "Depuis", "En", "Si", "Alors", "Cela", "Ceci", "Quant", "Plus",
            "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche");

    private static final int MAX_TITLE = TITLES.stream().mapToInt(String::length).max().orElseThrow();

    private static final String FINAL = ".!?…";
    private static final String CLOSERS = ")]»";
    private static final Pattern DASH_HEADING = Pattern.compile("- ?([^\\n]{1,150}?) -(?=[^\\s-])");

    /**
     * The text with its lost paragraph breaks put back as {@code separator} (normally "\n\n"); the same string when
     * nothing is put back. Copies untouched stretches in one go: char-by-char copying was a third of reading.
     */
    public static String repair(String text, String separator) {
        if (text.isEmpty()) return text;
        StringBuilder out = null;
        int copied = 0; // text before this index is in out (or unchanged when out is null)
        boolean quoteOpen = false;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!special(c)) { i++; continue; }
            if (c == '\n') { quoteOpen = false; i++; continue; }
            if (c == '"') { quoteOpen = straightQuoteOpens(text, i, quoteOpen); i++; continue; }

            // A run of final punctuation and closers: ". » ) !" and straight quotes that close here.
            int start = i;
            boolean sawFinal = false, open = quoteOpen, bracket = false;
            int j = i;
            while (j < n) {
                char d = text.charAt(j);
                if (FINAL.indexOf(d) >= 0) sawFinal = true;
                else if (CLOSERS.indexOf(d) >= 0) bracket |= d == ')' || d == ']';
                else if (d == '"' && open) open = false;
                else break;
                j++;
            }
            char last = text.charAt(j - 1);
            boolean endsWithCloser = CLOSERS.indexOf(last) >= 0 || last == '"';
            boolean breakHere = j < n && (sawFinal || endsWithCloser && !bracket)
                    && startsParagraph(text, j, open) && !protectedDot(text, start, j);
            quoteOpen = open;
            i = j;
            if (!breakHere) {
                if (j - start == 1 && c == '.' && j < n && Character.isUpperCase(text.charAt(j)) && isTitleBefore(text, start)) {
                    out = flush(out, text, copied, j).append(' '); // « M.Dupont » → « M. Dupont »
                    copied = j;
                }
                continue;
            }
            if (text.charAt(j) == '-') {
                Matcher h = DASH_HEADING.matcher(text).region(j, n);
                if (h.lookingAt()) {
                    out = flush(out, text, copied, j).append(separator).append(h.group(1).strip()).append(separator);
                    i = copied = h.end();
                    quoteOpen = false;
                }
                continue; // a dash that does not frame a heading: leave as written
            }
            out = flush(out, text, copied, j).append(separator);
            copied = j;
            quoteOpen = false;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    /** Line breaks, straight quotes, final punctuation and closers: the only characters the repair looks at. */
    private static boolean special(char c) {
        return c < 0x80 ? c == '\n' || c == '"' || c == '.' || c == '!' || c == '?' || c == ')' || c == ']' : c == '…' || c == '»';
    }

    private static StringBuilder flush(StringBuilder out, String text, int from, int to) {
        if (out == null) out = new StringBuilder(text.length() + 64);
        return out.append(text, from, to);
    }

    /** Decides whether the straight quote at {@code i} opens (true) or closes (false) a quotation. */
    private static boolean straightQuoteOpens(String text, int i, boolean openBefore) {
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([«-".indexOf(text.charAt(i - 1)) >= 0;
        boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                || ",;:.!?)]".indexOf(text.charAt(i + 1)) >= 0;
        if (spaceBefore && !spaceAfter) return true;
        if (spaceAfter && !spaceBefore) return false;
        return !openBefore; // glued on both sides: alternate
    }

    private static boolean startsParagraph(String text, int j, boolean quoteOpen) {
        char d = text.charAt(j);
        if (Character.isUpperCase(d) || d == '«') return true;
        if (d == '"' && !quoteOpen) return j + 1 < text.length() && Character.isLetter(text.charAt(j + 1));
        return d == '-' && j + 1 < text.length() && text.charAt(j + 1) == ' ';
    }

    /** A single dot after an initial, a title or inside a URL is not the end of a sentence. */
    private static boolean protectedDot(String text, int dot, int runEnd) {
        if (runEnd - dot != 1 || text.charAt(dot) != '.') return false;
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        String word = text.substring(w, dot);
        if (word.length() == 1) {
            boolean afterDot = w > 0 && text.charAt(w - 1) == '.';
            boolean afterDigit = w > 0 && (Character.isDigit(text.charAt(w - 1)) || text.charAt(w - 1) == '°'); // « 720S. », « 40°C. »
            boolean initial = Character.isUpperCase(word.charAt(0)) && !afterDigit && !FUNCTION_WORDS.contains(nextWord(text, runEnd));
            if (initial || afterDot && !FUNCTION_WORDS.contains(nextWord(text, runEnd))) return true; // « U.S.A. », « J.Dupont », « S.p.A »
        }
        if (word.length() <= MAX_TITLE && TITLES.contains(word) && (w == 0 || !Character.isLetterOrDigit(text.charAt(w - 1)))) return true;
        return insideUrl(text, dot);
    }

    private static String nextWord(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
        return text.substring(from, e);
    }

    private static boolean isTitleBefore(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
        return (w == 0 || Character.isWhitespace(text.charAt(w - 1)) || text.charAt(w - 1) == '(')
                && Set.of("M", "MM", "Mme", "Mgr", "Me", "Dr", "Pr").contains(text.substring(w, dot));
    }

    /** True when the dot belongs to a URL or address that goes on after it (« www.Example.com/Page »). */
    private static boolean insideUrl(String text, int dot) {
        int s = dot;
        while (s > 0 && dot - s < 300 && !Character.isWhitespace(text.charAt(s - 1))) s--; // bounded: no quadratic walk

        if (!looksLikeUrl(text, s, dot)) return false;
        int e = dot + 1;
        while (e < text.length() && e - dot < 300 && !Character.isWhitespace(text.charAt(e))) e++;
        String rest = text.substring(dot + 1, e).replaceAll("[,;:!?)\"»]+$", "");
        return rest.contains("/") || rest.contains(".") && !rest.endsWith(".");
    }

    /** The token from {@code s} up to and with the dot holds « :// », « www. » (any case) or « @ »; no copy of it made. */
    private static boolean looksLikeUrl(String text, int s, int dot) {
        for (int k = s; k <= dot; k++) {
            char c = text.charAt(k);
            if (c == '@') return true;
            if (c == ':' && text.startsWith("//", k + 1) && k + 2 <= dot) return true;
            if ((c == 'w' || c == 'W') && k + 3 <= dot && text.regionMatches(true, k, "www.", 0, 4)) return true;
        }
        return false;
    }
}
