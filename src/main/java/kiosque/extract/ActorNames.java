package kiosque.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Canonical keys for names, so that accent, case and hyphen variants of one actor merge (Erdoğan = Erdogan). */
public final class ActorNames {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_.]+");

    private ActorNames() {}

    /** « Recep Tayyip Erdoğan » and « recep-tayyip ERDOGAN » both give « recep tayyip erdogan ». */
    public static String normalizeKey(String name) {
        if (name == null) return "";
        if (plainAscii(name)) return name.toLowerCase(Locale.ROOT).strip();
        String fast = folded(name);
        return fast != null ? fast : slowKey(name);
    }

    /** Folded form of each character below {@link #TABLE_SIZE}, computed once with {@link #slowKey}. */
    private static final int TABLE_SIZE = 0x250;
    private static final String[] FOLDED = new String[TABLE_SIZE];
    static {
        for (char c = 0; c < TABLE_SIZE; c++) {
            String k = slowKey("a" + c + "a");
            // control characters that strip() would drop at the ends of a name: left to the slow path
            if (c < 0x20 && !k.equals("a a")) FOLDED[c] = null;
            else FOLDED[c] = k.equals("a a") ? " " : k.substring(1, k.length() - 1);
        }
    }

    /**
     * The key in one pass over the characters (names are keyed for every mention of every article), or null
     * when the name holds a character the table does not cover; gives the same key as {@link #slowKey}.
     */
    private static String folded(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String f;
            if (c < TABLE_SIZE) {
                f = FOLDED[c];
                if (f == null) return null;
            } else if (c >= 0x300 && c <= 0x36f) continue; // combining accents go
            else if (c == '’') f = "'";
            else if (c == '‐' || c == '‑' || c == '–' || c == '—') f = " ";
            else return null;
            if (f.equals(" ")) {
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
            } else b.append(f);
        }
        int e = b.length();
        while (e > 0 && b.charAt(e - 1) == ' ') e--;
        return b.substring(0, e);
    }

    static String slowKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('’', '\'').replace('ı', 'i').replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }

    /** Letters, digits, apostrophes and single spaces only: lower-casing is the whole normalisation. */
    private static boolean plainAscii(String s) {
        char prev = 'x';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c == '-' || c == '.' || c == '_' || c == '\t' || c == '\n' || c == ' ' && prev == ' ') return false;
            prev = c;
        }
        return true;
    }

    /** The last word of a person's name, as a key: « Recep Tayyip Erdogan » → « erdogan ». */
    public static String surnameKey(String name) {
        String k = normalizeKey(name);
        int sp = k.lastIndexOf(' ');
        return sp < 0 ? k : k.substring(sp + 1);
    }
}
