package kiosque.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import kiosque.eval.HipeDocument;
import kiosque.eval.HipeReader;
import kiosque.eval.NerEvaluation;
import kiosque.eval.NerScore;
import kiosque.eval.Prf;
import kiosque.extract.FrenchExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Score people / places / organisations on a HIPE-format TSV file: micro P/R/F1, strict and fuzzy.")
public final class EvalNerCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE.tsv", description = "HIPE-2020 format file (NE-COARSE-LIT column)") Path file;
    @Option(names = "--json", description = "end with one JSON line of the scores") boolean json;
    @Option(names = "--errors", description = "list each strict false alarm and miss (document, kind, type, text)") boolean errors;

    @Override public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
        List<HipeDocument> docs = HipeReader.read(file);
        new FrenchExtractor().extract(new kiosque.ingest.Article("warm-up", "", "", "M. Dupont est à Paris.", null, null, null));
        if (errors) NerEvaluation.listErrors(docs, new FrenchExtractor(), System.out);
        NerScore s = NerEvaluation.score(docs, new FrenchExtractor());
        System.out.printf("%s: %d documents, %d gold mentions (pers/loc/org), %.0f chars/s%n", file, s.docs(), s.mentions(), s.charsPerSecond());
        System.out.printf("%-6s %-7s %6s %6s %6s %6s %6s %6s%n", "", "", "P", "R", "F1", "tp", "pred", "gold");
        for (String mode : List.of("strict", "fuzzy")) {
            Map<String, Prf> m = mode.equals("strict") ? s.strict() : s.fuzzy();
            for (String t : List.of("pers", "loc", "org", "all")) {
                Prf p = m.get(t);
                System.out.printf("%-6s %-7s %6.3f %6.3f %6.3f %6d %6d %6d%n", mode, t, p.precision(), p.recall(), p.f1(), p.truePositives(), p.predicted(), p.gold());
            }
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("strict", table(s.strict()));
            out.put("fuzzy", table(s.fuzzy()));
            out.put("docs", s.docs());
            out.put("mentions", s.mentions());
            out.put("chars_per_s", Math.round(s.charsPerSecond()));
            System.out.println(new ObjectMapper().writeValueAsString(out));
        }
        return 0;
    }

    private static Map<String, Object> table(Map<String, Prf> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String t : List.of("all", "pers", "loc", "org")) out.put(t, EvalJson.prf(m.get(t)));
        return out;
    }
}
