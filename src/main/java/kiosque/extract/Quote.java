package kiosque.extract;

/**
 * A quotation (marks excluded) and who said it.
 *
 * @param speaker canonical name of a person or organisation of the same article, or null when unattributed
 */
public record Quote(String text, String speaker, Section section, int start, int end) {}
