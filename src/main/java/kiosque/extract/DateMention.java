package kiosque.extract;

import kiosque.ingest.PartialDate;

/**
 * A date written in the text (« mercredi 4 mars », « en 2019 »), resolved against the publication date.
 *
 * @param value the resolved date at the precision expressed, or null when the text does not determine it
 */
public record DateMention(String text, PartialDate value, Section section, int start, int end) {}
