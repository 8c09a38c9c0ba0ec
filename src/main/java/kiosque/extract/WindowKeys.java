package kiosque.extract;

import java.util.List;

/**
 * Name keys ({@link ActorNames#normalizeKey}) of short token windows of one text, each computed once: the name finder
 * asks for the same window several times (gazetteer look-ups from one token, then stripping and typing the run).
 * One per thread; a new token list starts a new generation, so nothing is cleared between texts.
 */
final class WindowKeys {
    private static final ThreadLocal<WindowKeys> LOCAL = ThreadLocal.withInitial(WindowKeys::new);
    /** Windows longer than this are keyed directly (long runs are rare and asked for once). */
    private static final int WIDTH = 8;

    private List<Token> tokens;
    private String text;
    private int generation;
    private int[] stamps = new int[0];
    private String[] keys = new String[0];

    /** The key of {@code text[tokens[a].start, tokens[b-1].end)}, cached for the current text of this thread. */
    static String of(String text, List<Token> tokens, int a, int b) {
        return LOCAL.get().key(text, tokens, a, b);
    }

    private String key(String text, List<Token> tokens, int a, int b) {
        int w = b - a;
        if (w > WIDTH || w <= 0) return compute(text, tokens, a, b);
        if (tokens != this.tokens || text != this.text) start(text, tokens);
        int slot = a * WIDTH + (w - 1);
        if (stamps[slot] == generation) return keys[slot];
        String k = compute(text, tokens, a, b);
        stamps[slot] = generation;
        keys[slot] = k;
        return k;
    }

    private void start(String text, List<Token> tokens) {
        this.tokens = tokens;
        this.text = text;
        int size = tokens.size() * WIDTH;
        if (stamps.length < size) {
            stamps = new int[Math.max(size, stamps.length * 2)];
            keys = new String[stamps.length];
            generation = 0;
        }
        if (++generation == 0) { // wrapped: old stamps could match again
            java.util.Arrays.fill(stamps, 0);
            generation = 1;
        }
    }

    private static String compute(String text, List<Token> tokens, int a, int b) {
        return ActorNames.normalizeKey(text.substring(tokens.get(a).start(), tokens.get(b - 1).end()));
    }
}
