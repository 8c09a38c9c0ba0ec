package kiosque.web;

/** A piece of a paragraph: plain text (kind null) or a marked entity linking to its facet search. */
public record Segment(String text, String kind, String label, String href) {
    static Segment plain(String text) {
        return new Segment(text, null, null, null);
    }

    public boolean marked() {
        return kind != null;
    }
}
