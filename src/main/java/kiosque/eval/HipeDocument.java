package kiosque.eval;

import java.util.List;

/**
 * One document of a HIPE-format file: its text rebuilt from the tokens, each token's character span,
 * and the gold entity mentions as token ranges.
 */
public record HipeDocument(String id, String date, String text, List<Span> tokens, List<GoldMention> mentions) {
    public record Span(int start, int end) {}

    /** A maximal B-x I-x … run: tokens [first, end), coarse type such as pers, loc, org. */
    public record GoldMention(String type, int first, int end) {}
}
