package kiosque.extract;

import java.util.Collection;

/**
 * A small set of words looked up in place in a text (no substring), matched as a case-insensitive Unicode regular
 * expression matches a literal: each character folded to the lower case of its upper case ({@link CharTable#fold}).
 */
final class FoldedWords {
    private final String[] slots;
    private final int[] hashes;
    private final int maxLength;

    FoldedWords(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
        slots = new String[size];
        hashes = new int[size];
        int max = 0;
        for (String w : words) {
            StringBuilder b = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) b.append(CharTable.fold(w.charAt(i)));
            String f = b.toString();
            int h = f.hashCode(), slot = h & (size - 1);
            while (slots[slot] != null) {
                if (slots[slot].equals(f)) break;
                slot = (slot + 1) & (size - 1);
            }
            slots[slot] = f;
            hashes[slot] = h;
            max = Math.max(max, f.length());
        }
        maxLength = max;
    }

    /** The hash of text[start, end) folded, the one {@link #contains(String, int, int, int)} expects: fold each char, then as {@link String#hashCode}. */
    static int hash(String text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) h = 31 * h + CharTable.fold(text.charAt(i));
        return h;
    }

    boolean contains(String text, int start, int end) {
        return end - start <= maxLength && contains(text, start, end, hash(text, start, end));
    }

    /** Whether text[start, end), whose folded {@link #hash} is {@code hash}, is one of the words. */
    boolean contains(String text, int start, int end, int hash) {
        int length = end - start;
        if (length > maxLength) return false;
        for (int slot = hash & (slots.length - 1); slots[slot] != null; slot = (slot + 1) & (slots.length - 1)) {
            String w = slots[slot];
            if (hashes[slot] != hash || w.length() != length) continue;
            int j = 0;
            while (j < length && CharTable.fold(text.charAt(start + j)) == w.charAt(j)) j++;
            if (j == length) return true;
        }
        return false;
    }

    /** Whether text[start, end) ends with {@code suffix} (lower case, folded) after at least {@code before} letters (code points). */
    static boolean endsWith(String text, int start, int end, String suffix, int before) {
        int s = end - suffix.length();
        if (s - start < before) return false;
        for (int j = 0; j < suffix.length(); j++) if (CharTable.fold(text.charAt(s + j)) != suffix.charAt(j)) return false;
        return Character.codePointCount(text, start, s) >= before;
    }
}
