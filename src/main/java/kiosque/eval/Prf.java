package kiosque.eval;

/** Counts behind a precision / recall / F1 figure. */
public record Prf(int truePositives, int predicted, int gold) {
    public double precision() { return predicted == 0 ? 0 : (double) truePositives / predicted; }
    public double recall() { return gold == 0 ? 0 : (double) truePositives / gold; }
    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
    public Prf plus(Prf o) { return new Prf(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold); }
}
