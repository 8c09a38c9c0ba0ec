package kiosque.index;

import java.text.Normalizer;
import java.util.Locale;

/** Folds a name to a key under which accent, case, hyphen and spacing variants meet: Erdoğan = ERDOGAN = erdogan. */
public final class NameKey {
    private NameKey() {}

    /**
     * Decomposes accents (NFD) and drops the marks, folds ı ø ł ß, turns every run of ASCII spaces, hyphens,
     * apostrophes and dots into one space, lower-cases, and trims. One pass over the characters: the search
     * side folds every facet label of the archive this way when it opens, and two regular expressions per
     * label made that a visible part of server startup.
     */
    public static String of(String name) {
        if (isAscii(name)) return asciiKey(name);
        String s = Normalizer.isNormalized(name, Normalizer.Form.NFD) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        boolean inSeparator = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isMark(c)) continue;
            if (isSeparator(c)) {
                if (!inSeparator) out.append(' ');
                inSeparator = true;
                continue;
            }
            inSeparator = false;
            switch (c) {
                case 'ı' -> out.append('i');
                case 'ø' -> out.append('o');
                case 'ł' -> out.append('l');
                case 'ß' -> out.append('s');
                default -> out.appendCodePoint(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).strip();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    /**
     * {@link #of} for plain ASCII, which has no accents to decompose nor letters to fold: most names of an archive.
     * The server folds every facet label as it opens, before the JIT has compiled any of it: the normalizer's check
     * and a second lower-casing copy per label are skipped here.
     */
    private static String asciiKey(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean inSeparator = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (isSeparator(c)) {
                if (!inSeparator) out.append(' ');
                inSeparator = true;
                continue;
            }
            inSeparator = false;
            out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return out.toString().strip();
    }

    /** {@code \p{M}}: combining marks of every kind. */
    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** ASCII white space, hyphens (-, ‐, ‑), apostrophes (’, ') and dots. */
    private static boolean isSeparator(int c) {
        return switch (c) {
            case ' ', '\t', '\n', 0x0B, '\f', '\r', '-', '‐', '‑', '’', '\'', '.' -> true;
            default -> false;
        };
    }
}
