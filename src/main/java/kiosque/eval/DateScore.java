package kiosque.eval;

/**
 * Date extraction scores over TIMEX3 of type DATE: strict (same span), relaxed (overlapping spans), and the
 * share of relaxed matches whose resolved value equals the gold value (see {@link DateEvaluation} for weeks and seasons).
 *
 * @param exactValues matches whose value is the gold ISO string itself
 * @param onTime      mentions found inside a gold TIME expression, left out of precision
 */
public record DateScore(Prf strict, Prf relaxed, int valueCorrect, int exactValues, int onTime, int docs, long chars, double seconds) {
    public double valueAccuracy() { return relaxed.truePositives() == 0 ? 0 : (double) valueCorrect / relaxed.truePositives(); }
    public double exactValueAccuracy() { return relaxed.truePositives() == 0 ? 0 : (double) exactValues / relaxed.truePositives(); }
    public double charsPerSecond() { return seconds <= 0 ? 0 : chars / seconds; }
}
