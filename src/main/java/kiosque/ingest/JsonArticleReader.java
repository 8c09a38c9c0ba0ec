package kiosque.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.Consumer;

/**
 * JSON sources, streamed so that a file of any size is read in constant memory:
 * JSON Lines (one object a line; a bad line is reported and the next one read) and JSON documents
 * (one object, an array of objects, or several root values in a row).
 * Field names: id, title, heading|lede|summary, article|body|text, date, url, source.
 */
public final class JsonArticleReader {

    static final int MAX_NESTING = 64;
    static final int MAX_STRING = 100_000_000;
    static final int MAX_LINE_BYTES = 200_000_000;

    private static final List<String> LEDE = List.of("heading", "lede", "summary");
    private static final List<String> BODY = List.of("article", "body", "text");

    private final ObjectMapper mapper;
    private final ArticleAssembler assembler;

    public JsonArticleReader(ArticleAssembler assembler) {
        this.assembler = assembler;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build())
                // Old exports often carry raw control characters inside strings; TextCleaner drops them, the article stays.
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    /** One JSON object a line. Returns normally at the end of the input; IO errors propagate with the line reached. */
    public void readLines(InputStream in, String file, IngestListener listener) throws IOException {
        // Scans whole buffers for line ends: byte-at-a-time reads through a synchronized stream were the bottleneck.
        byte[] buf = new byte[1 << 16];
        byte[] line = new byte[8192];
        int len = 0;
        boolean tooLong = false;
        long number = 0;
        try {
            int n;
            while ((n = in.read(buf)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] != '\n') continue;
                    int chunk = i - start;
                    if (!tooLong && len + chunk <= MAX_LINE_BYTES) {
                        line = append(line, len, buf, start, chunk);
                        len += chunk;
                    } else tooLong = true;
                    number++;
                    endLine(line, len, tooLong, file, number, listener);
                    len = 0;
                    tooLong = false;
                    start = i + 1;
                }
                int rest = n - start;
                if (!tooLong && len + rest <= MAX_LINE_BYTES) {
                    line = append(line, len, buf, start, rest);
                    len += rest;
                } else tooLong = true;
            }
            if (len > 0 || tooLong) endLine(line, len, tooLong, file, ++number, listener);
        } catch (IOException e) {
            throw new LineIOException(number + 1, e);
        }
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        System.arraycopy(src, from, line, len, count);
        return line;
    }

    private void endLine(byte[] line, int len, boolean tooLong, String file, long number, IngestListener listener) {
        if (tooLong) listener.problem(IngestProblem.skipped(file, number, "line longer than " + MAX_LINE_BYTES / 1_000_000 + " MB"));
        else readLine(java.util.Arrays.copyOf(line, len), file, number, listener);
    }

    private void readLine(byte[] bytes, String file, long number, IngestListener listener) {
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) return;
        if (decoded.lossy()) listener.problem(IngestProblem.degraded(file, number,
                "invalid UTF-8 at byte " + (decoded.firstBadByte() + 1) + " of the line; bad bytes replaced by �"));
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            listener.problem(IngestProblem.skipped(file, number, "invalid JSON: " + describe(e)));
            return;
        }
        article(node, file, number, listener);
    }

    /** A JSON document: an object, an array of objects, or root values one after the other. */
    public void readDocument(InputStream in, Charset charset, String file, IngestListener listener) throws IOException {
        Reader reader = new InputStreamReader(in, charset);
        try (JsonParser parser = mapper.getFactory().createParser(reader)) {
            long line = 1;
            try {
                JsonToken root;
                while ((root = parser.nextToken()) != null) {
                    line = parser.currentTokenLocation().getLineNr();
                    if (root == JsonToken.START_ARRAY) {
                        JsonToken t;
                        while ((t = parser.nextToken()) != JsonToken.END_ARRAY && t != null) {
                            line = parser.currentTokenLocation().getLineNr();
                            JsonNode node = mapper.readTree(parser);
                            article(node, file, line, listener);
                        }
                    } else {
                        article(mapper.readTree(parser), file, line, listener);
                    }
                }
            } catch (JsonProcessingException e) {
                JsonLocation where = e.getLocation();
                long at = where != null && where.getLineNr() > 0 ? where.getLineNr() : line;
                listener.problem(IngestProblem.skipped(file, at, "invalid JSON, rest of the file not read: " + describe(e)));
            } catch (IOException e) {
                throw new LineIOException(parser.currentLocation().getLineNr(), e);
            }
        }
    }

    private void article(JsonNode node, String file, long line, IngestListener listener) {
        if (node == null || !node.isObject()) {
            listener.problem(IngestProblem.skipped(file, line, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))));
            return;
        }
        Consumer<IngestProblem> problems = listener::problem;
        ArticleAssembler.Fields fields = new ArticleAssembler.Fields(
                text(node, List.of("id"), file, line, problems),
                text(node, List.of("title"), file, line, problems),
                text(node, LEDE, file, line, problems),
                text(node, BODY, file, line, problems),
                text(node, List.of("date"), file, line, problems),
                text(node, List.of("url"), file, line, problems),
                text(node, List.of("source"), file, line, problems));
        assembler.assemble(fields, file, line, problems).ifPresent(a -> listener.article(a, file, line));
    }

    /** The first of the named fields that holds a value; numbers and booleans are read as text. */
    private static String text(JsonNode node, List<String> names, String file, long line, Consumer<IngestProblem> problems) {
        for (String name : names) {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) continue;
            if (v.isValueNode()) {
                String s = v.asText();
                if (!s.isBlank()) return s;
                continue;
            }
            problems.accept(IngestProblem.degraded(file, line, "field '" + name + "' is " + (v.isArray() ? "an array" : "an object")
                    + ", not text; ignored"));
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        String m = e.getOriginalMessage();
        if (m == null) m = e.getClass().getSimpleName();
        m = m.lines().findFirst().orElse(m);
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    /** An IO failure (truncated gzip, disk error) with the line where reading stopped. */
    public static final class LineIOException extends IOException {
        public final long line;

        LineIOException(long line, IOException cause) {
            super(cause.getMessage(), cause);
            this.line = line;
        }
    }
}
