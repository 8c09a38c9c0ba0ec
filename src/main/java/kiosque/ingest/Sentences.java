package kiosque.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The first sentence of a text, used as the title of an article that has none. */
public final class Sentences {
    private Sentences() {}

    static final int MAX_TITLE = 160;
    private static final Pattern END = Pattern.compile("[.!?…]+[»\"]?(?=\\s+[\"«]?\\p{Lu}|\\s*$)");

    public static String first(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        if (nl >= 0) t = t.substring(0, nl).strip(); // a sub-heading or paragraph ends a sentence too
        Matcher m = END.matcher(t);
        while (m.find()) {
            if (m.group().equals(".") && endsWithInitialOrTitle(t, m.start())) continue;
            String s = t.substring(0, m.end());
            if (s.endsWith(".") && !s.endsWith("..")) s = s.substring(0, s.length() - 1); // headlines carry no full stop
            return shorten(s.strip());
        }
        return shorten(t);
    }

    private static boolean endsWithInitialOrTitle(String t, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(t.charAt(w - 1))) w--;
        String word = t.substring(w, dot);
        return word.length() == 1 && Character.isUpperCase(word.charAt(0))
                || word.equals("Mme") || word.equals("MM") || word.equals("Dr") || word.equals("Mgr");
    }

    private static String shorten(String s) {
        if (s.length() <= MAX_TITLE) return s;
        int cut = s.lastIndexOf(' ', MAX_TITLE - 1);
        return s.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1) + "…";
    }
}
