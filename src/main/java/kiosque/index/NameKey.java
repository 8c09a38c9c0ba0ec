package kiosque.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds a name to a key under which accent, case, hyphen and spacing variants meet: Erdoğan = ERDOGAN = erdogan. */
public final class NameKey {
    private NameKey() {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑’'.]+");

    public static String of(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('ø', 'o').replace('ł', 'l').replace('ß', 's');
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.strip();
    }
}
