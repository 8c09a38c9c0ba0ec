package kiosque.web;

/**
 * A stretch of text to mark on the article page.
 *
 * @param kind  css kind of the entity: person, org or place
 * @param label canonical name, shown as the link's title when it differs from the text
 * @param href  the facet search for this entity
 */
record Span(int start, int end, String kind, String label, String href) {}
