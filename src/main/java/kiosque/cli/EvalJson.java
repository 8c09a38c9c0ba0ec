package kiosque.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.eval.Prf;

/** The {"p", "r", "f1"} object the eval commands print. */
final class EvalJson {
    private EvalJson() {}

    static Map<String, Object> prf(Prf p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p", round(p.precision()));
        m.put("r", round(p.recall()));
        m.put("f1", round(p.f1()));
        return m;
    }

    static double round(double x) { return Math.round(x * 10000) / 10000.0; }
}
