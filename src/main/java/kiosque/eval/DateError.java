package kiosque.eval;

/**
 * One disagreement between the date finder and the gold TIMEX3 of type DATE, for reading what to fix.
 *
 * @param kind  MISS (gold not found), FALSE_ALARM (found, no gold overlaps), SPAN (overlap, different span)
 *              or VALUE (overlap, different normalised value)
 * @param gold  the gold text and value, or null for a false alarm
 * @param found our text and value, or null for a miss
 */
public record DateError(Kind kind, String doc, String gold, String goldValue, String found, String foundValue, String context) {
    public enum Kind { MISS, FALSE_ALARM, SPAN, VALUE }

    public String describe() {
        return String.format("%-11s %-22s gold «%s»=%s  found «%s»=%s  | %s", kind, doc, gold == null ? "" : gold,
                goldValue, found == null ? "" : found, foundValue, context);
    }
}
