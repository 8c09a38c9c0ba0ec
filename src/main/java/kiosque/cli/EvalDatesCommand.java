package kiosque.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kiosque.eval.DateError;
import kiosque.eval.DateEvaluation;
import kiosque.eval.DateScore;
import kiosque.eval.Prf;
import kiosque.eval.TimeMlReader;
import kiosque.extract.DateFinder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dates", mixinStandardHelpOptions = true,
        description = "Score the date finder on a folder of ISO-TimeML .tml files (TIMEX3 type DATE, <DCT> as reference).")
public final class EvalDatesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "folder of .tml files") Path dir;
    @Option(names = "--json", description = "end with one JSON line of the scores") boolean json;
    @Option(names = "--errors", description = "first list every miss, false alarm, span and value disagreement") boolean showErrors;

    @Override public Integer call() throws Exception {
        var docs = TimeMlReader.readDir(dir);
        List<DateError> errors = showErrors ? new ArrayList<>() : null;
        DateScore s = DateEvaluation.score(docs, new DateFinder(), errors);
        if (errors != null) {
            for (DateError e : errors) System.out.println(e.describe());
            Map<DateError.Kind, Long> counts = new java.util.TreeMap<>();
            for (DateError e : errors) counts.merge(e.kind(), 1L, Long::sum);
            System.out.println("errors: " + counts);
        }
        System.out.printf("%s: %d documents, %d DATE expressions, %.0f chars/s%n", dir, s.docs(), s.strict().gold(), s.charsPerSecond());
        for (var e : Map.of("strict", s.strict(), "relaxed", s.relaxed()).entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
            Prf p = e.getValue();
            System.out.printf("%-8s P %.3f  R %.3f  F1 %.3f  (tp %d, predicted %d, gold %d)%n", e.getKey(), p.precision(), p.recall(), p.f1(), p.truePositives(), p.predicted(), p.gold());
        }
        System.out.printf("value accuracy %.3f (%d of %d matched expressions; %.3f counting only identical ISO values, weeks and seasons never)%n",
                s.valueAccuracy(), s.valueCorrect(), s.relaxed().truePositives(), s.exactValueAccuracy());
        Prf withTime = new Prf(s.relaxed().truePositives(), s.relaxed().predicted() + s.onTime(), s.relaxed().gold());
        System.out.printf("left out: %d mentions found inside a gold TIME expression (hier matin, mardi soir: we report their day);"
                + " counted as false alarms, relaxed F1 would be %.3f%n", s.onTime(), withTime.f1());
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("strict", EvalJson.prf(s.strict()));
            out.put("relaxed", EvalJson.prf(s.relaxed()));
            out.put("value_accuracy", EvalJson.round(s.valueAccuracy()));
            out.put("value_accuracy_exact_iso", EvalJson.round(s.exactValueAccuracy()));
            out.put("inside_time_expressions", s.onTime());
            out.put("timex", s.strict().gold());
            out.put("chars_per_s", Math.round(s.charsPerSecond()));
            System.out.println(new ObjectMapper().writeValueAsString(out));
        }
        return 0;
    }
}
