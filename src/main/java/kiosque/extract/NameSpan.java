package kiosque.extract;

/** A name found in one text: token range [firstToken, endToken), character range [start, end), and its type. */
record NameSpan(int firstToken, int endToken, int start, int end, String text, EntityType type) {
    NameSpan withType(EntityType t) { return new NameSpan(firstToken, endToken, start, end, text, t); }
}
