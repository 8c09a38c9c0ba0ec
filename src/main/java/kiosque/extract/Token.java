package kiosque.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * One token of a text: its characters, offsets (end exclusive) and its lower-case form, computed once because
 * every lexicon lookup uses it.
 */
record Token(String text, int start, int end, String lower) {
    static Token of(String text, int start, int end) {
        return new Token(text, start, end, lowerCase(text));
    }

    boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isWord() {
        return !text.isEmpty() && Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Only lowercase ASCII letters, digits and apostrophes: already its own lower case (most tokens of a text). */
    private static boolean plainLower(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '\'' || c == '-')) return false;
        }
        return true;
    }

    /** Lower case, composed (« Ç » written as C + combining cedilla gives « ç »), so lexicon lookups match. */
    static String lowerCase(String text) {
        if (plainLower(text)) return text;
        String l = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (c >= '\u0300' && c <= '\u036f') return Normalizer.normalize(l, Normalizer.Form.NFC);
        }
        return l;
    }
}
