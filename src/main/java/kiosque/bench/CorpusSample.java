package kiosque.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;

/**
 * Reads the first articles of an OrangeSum-shaped JSON Lines file (id, title, heading, article, date),
 * skipping the ones without a body. A small stand-in for the benchmark until kiosque.ingest has its readers.
 */
public final class CorpusSample {

    private CorpusSample() {
    }

    public static List<Article> read(Path file, int limit) {
        ObjectMapper json = new ObjectMapper();
        List<Article> articles = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int lineNumber = 0;
            while (articles.size() < limit && (line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) continue;
                JsonNode o;
                try {
                    o = json.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": not JSON: " + e.getOriginalMessage());
                }
                String body = o.path("article").asText("");
                if (body.isBlank()) continue;
                String date = o.path("date").asText("");
                articles.add(new Article(o.path("id").asText(), o.path("title").asText(""), o.path("heading").asText(""), body,
                        date.isBlank() ? null : PartialDate.parse(date), null, null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return articles;
    }
}
