package kiosque.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

/**
 * Measures the join repair on the real corpus: how many breaks it restores, and a random sample of them
 * with their context, to read by eye. Run:
 * {@code java -cp target/classes:target/test-classes:$(cat target/classpath.txt) kiosque.ingest.JoinRepairSurvey ../shared/corpus/orangesum.jsonl.gz 40}
 */
public final class JoinRepairSurvey {
    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus/orangesum.jsonl.gz");
        int samples = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        ObjectMapper json = new ObjectMapper();
        long articles = 0, breaks = 0, headings = 0, changed = 0, chars = 0;
        List<String> seen = new ArrayList<>();
        Random random = new Random(7);
        long t0 = System.nanoTime();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode node = json.readTree(line);
                String body = node.path("article").asText("");
                chars += body.length();
                long before = body.split("\n\n", -1).length;
                String fixed = JoinRepair.repair(body, "\n\n");
                String[] paragraphs = fixed.split("\n\n", -1);
                articles++;
                if (!fixed.equals(body)) changed++;
                breaks += paragraphs.length - before;
                for (int p = 1; p < paragraphs.length; p++) {
                    if (paragraphs[p].length() < 80 && !paragraphs[p].matches(".*[.!?…»\"]$")) headings++;
                    String sample = tail(paragraphs[p - 1]) + " ¶ " + head(paragraphs[p]);
                    if (seen.size() < samples) seen.add(sample);
                    else if (random.nextInt((int) Math.min(Integer.MAX_VALUE, breaks)) < samples) seen.set(random.nextInt(samples), sample);
                }
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("articles %,d, changed %,d, breaks restored %,d (%,d dash sub-headings or short lines), %.1f MB/s%n",
                articles, changed, breaks, headings, chars / 1e6 / seconds);
        seen.forEach(s -> System.out.println("  " + s));
    }

    private static String tail(String s) { return s.length() <= 35 ? s : "…" + s.substring(s.length() - 35); }
    private static String head(String s) { return s.length() <= 35 ? s : s.substring(0, 35) + "…"; }
}
