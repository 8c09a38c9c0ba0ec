package kiosque.extract;

/** One occurrence of an entity: character offsets (end exclusive) into the text of {@code section}. */
public record Mention(Section section, int start, int end) {
    public Mention {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
