package kiosque.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup found inside article text, turned into plain text: block tags become paragraph breaks, scripts and
 * styles disappear with their content, other tags are dropped, character references are decoded.
 * Only applied to text that holds a real tag or reference, so « a < b » is left alone.
 */
public final class HtmlText {
    private HtmlText() {}

    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9-]*(?:\\s[^<>]*)?/?>|<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style|noscript|iframe)\\b[^>]*>.*?(</\\1\\s*>|\\z)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK = Pattern.compile(
            "</?(p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|table|tr|figure|figcaption)\\b[^>]*>|<br\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,8});");

    /** HTML 4 names of the Latin-1 characters U+00A0..U+00FF, in code point order. */
    private static final String[] LATIN1 = ("nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr "
            + "deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest "
            + "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml "
            + "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig "
            + "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml "
            + "eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml").split(" ");

    public static boolean looksLikeHtml(String text) {
        return text.indexOf('<') >= 0 && TAG.matcher(text).find() || text.indexOf('&') >= 0 && REFERENCE.matcher(text).find();
    }

    public static String toText(String html) {
        String s = SCRIPT.matcher(html).replaceAll(" ");
        s = BLOCK.matcher(s).replaceAll("\n\n");
        s = TAG.matcher(s).replaceAll("");
        return decodeReferences(s);
    }

    static String decodeReferences(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        while (m.find()) {
            String ref = m.group(1);
            String replacement = resolve(ref);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolve(String ref) {
        if (ref.charAt(0) == '#') {
            int cp;
            try {
                cp = ref.charAt(1) == 'x' || ref.charAt(1) == 'X' ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (cp >= 0x80 && cp <= 0x9F) return new String(new byte[] {(byte) cp}, TextDecoding.WINDOWS_1252); // &#146; = ’
            return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "";
        }
        switch (ref) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "rsquo": return "’";
            case "lsquo": return "‘";
            case "rdquo": return "”";
            case "ldquo": return "“";
            case "hellip": return "…";
            case "ndash": return "–";
            case "mdash": return "—";
            case "oelig": return "œ";
            case "OElig": return "Œ";
            case "euro": return "€";
            case "thinsp": case "ensp": case "emsp": return " ";
            default:
                for (int i = 0; i < LATIN1.length; i++) if (LATIN1[i].equals(ref)) return String.valueOf((char) (0xA0 + i));
                return null;
        }
    }
}
