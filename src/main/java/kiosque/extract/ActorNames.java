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
