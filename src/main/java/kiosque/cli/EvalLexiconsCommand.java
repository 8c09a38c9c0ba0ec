package kiosque.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import kiosque.eval.HipeDocument;
import kiosque.eval.HipeReader;
import kiosque.extract.EntityType;
import kiosque.extract.LexiconBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "lexicons", mixinStandardHelpOptions = true,
        description = "Rebuild the extractor's name lists (src/main/resources/kiosque/extract) from the news corpus (silver data) and the hand-written general lists.")
public final class EvalLexiconsCommand implements Callable<Integer> {
    @Option(names = "--hipe", description = "optional typed names from a HIPE-format file, for experiments only: the shipped "
            + "lists must not carry them (HIPE is CC BY-NC-SA; default: none)") Path hipe;
    @Option(names = "--corpus", description = "raw news, JSON Lines (gzip ok) with title/heading/article (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/corpus/orangesum.jsonl.gz") Path corpus;
    @Option(names = "--out", description = "output folder (default: src/main/resources/kiosque/extract of the checkout)") Path out;

    @Option(names = "--explain", split = ",", description = "names whose context votes to print (diagnostics), comma-separated") java.util.List<String> explain;

    @Override public Integer call() throws Exception {
        Path h = hipe == null ? null : Home.dir().resolve(hipe), c = Home.dir().resolve(corpus);
        Path o = out != null ? out : Home.dir().resolve("src/main/resources/kiosque/extract");
        LexiconBuilder b = new LexiconBuilder();
        if (explain != null) b.explainKeys(explain);
        if (h != null) for (HipeDocument d : HipeReader.read(h))
            for (HipeDocument.GoldMention m : d.mentions()) {
                EntityType t = switch (m.type()) { case "pers" -> EntityType.PERSON; case "loc" -> EntityType.PLACE; case "org" -> EntityType.ORGANIZATION; default -> null; };
                if (t == null) continue;
                b.addSeed(d.text().substring(d.tokens().get(m.first()).start(), d.tokens().get(m.end() - 1).end()), t);
            }
        System.err.println("lexicons: pass 1 (capitalisation) over " + c);
        int n = eachText(c, b::countCase);
        b.endCasePass();
        System.err.println("lexicons: pass 2 (names and context cues) over " + n + " articles");
        eachText(c, b::countNames);
        var s = b.write(o, "built by ./kiosque eval lexicons from " + (h == null ? "" : h.getFileName() + " and ") + c.getFileName()
                + " with the general lists of src/main/resources/kiosque/extract");
        b.explain().forEach((k, v) -> System.out.println("explain " + k + ": " + v));
        System.out.printf("wrote %s: %d common words, %d given names, gazetteer %d persons / %d organisations / %d places%n",
                o, s.commonWords(), s.firstNames(), s.persons(), s.organisations(), s.places());
        return 0;
    }

    private static int eachText(Path file, Consumer<String> sink) throws IOException {
        ObjectMapper json = new ObjectMapper();
        int n = 0, lineNo = 0;
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode o;
                try { o = json.readTree(line); } catch (IOException e) { throw new IOException(file + ":" + lineNo + ": not JSON: " + e.getMessage()); }
                for (String f : new String[] {"title", "heading", "article"}) {
                    String t = o.path(f).asText("");
                    if (!t.isEmpty()) sink.accept(t);
                }
                n++;
            }
        }
        return n;
    }
}
