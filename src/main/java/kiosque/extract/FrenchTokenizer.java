package kiosque.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits French text into words, elided articles (« l' », « d' », « qu' ») and single punctuation marks.
 * Hyphenated words stay whole (« Jean-François », « cessez-le-feu ») so names keep their shape.
 */
final class FrenchTokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?i:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\\p{L})"
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-'’&][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*"
            + "|\\S");

    private FrenchTokenizer() {}

    static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(Token.of(m.group(), m.start(), m.end()));
        return out;
    }

    /** True when token i opens a sentence, a paragraph, a quotation or a list item. */
    static boolean sentenceInitial(List<Token> tokens, int i, String text) {
        if (i == 0) return true;
        Token prev = tokens.get(i - 1);
        String p = prev.text();
        if (p.equals(".") || p.equals("!") || p.equals("?") || p.equals("…") || p.equals(":") || p.equals("«")
                || p.equals("\"") || p.equals("“") || p.equals("—") || p.equals("–") || p.equals("-") || p.equals("(")
                || p.equals(";")) return true;
        // a paragraph or line break between the two tokens
        for (int k = prev.end(); k < tokens.get(i).start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
    }
}
