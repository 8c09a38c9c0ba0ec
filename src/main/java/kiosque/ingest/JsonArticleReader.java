package kiosque.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        StrictUtf8Decoder decoder = new StrictUtf8Decoder();
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
                    number++;
                    if (len == 0 && !tooLong) { // the whole line is in this buffer: no copy
                        if (chunk <= MAX_LINE_BYTES) readLine(buf, start, chunk, decoder, file, number, listener);
                        else lineTooLong(file, number, listener);
                    } else {
                        if (!tooLong && len + chunk <= MAX_LINE_BYTES) {
                            line = append(line, len, buf, start, chunk);
                            len += chunk;
                        } else tooLong = true;
                        endLine(line, len, tooLong, decoder, file, number, listener);
                    }
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
            if (len > 0 || tooLong) endLine(line, len, tooLong, decoder, file, ++number, listener);
        } catch (IOException e) {
            throw new LineIOException(number + 1, e);
        }
    }

    private static byte[] append(byte[] line, int len, byte[] src, int from, int count) {
        if (len + count > line.length) line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + count));
        System.arraycopy(src, from, line, len, count);
        return line;
    }

    private void endLine(byte[] line, int len, boolean tooLong, StrictUtf8Decoder decoder, String file, long number, IngestListener listener) {
        if (tooLong) lineTooLong(file, number, listener);
        else readLine(line, 0, len, decoder, file, number, listener);
    }

    private static void lineTooLong(String file, long number, IngestListener listener) {
        listener.problem(IngestProblem.skipped(file, number, "line longer than " + MAX_LINE_BYTES / 1_000_000 + " MB"));
    }

    private void readLine(byte[] bytes, int from, int len, StrictUtf8Decoder decoder, String file, long number, IngestListener listener) {
        int chars = decoder.decode(bytes, from, len);
        String text = null;
        if (chars < 0) { // not plain UTF-8: the careful path, which guesses the charset and reports bad bytes
            TextDecoding.Decoded decoded = TextDecoding.decode(java.util.Arrays.copyOfRange(bytes, from, from + len));
            text = decoded.text();
            if (text.isBlank()) return;
            if (decoded.lossy()) listener.problem(IngestProblem.degraded(file, number,
                    "invalid UTF-8 at byte " + (decoded.firstBadByte() + 1) + " of the line; bad bytes replaced by �"));
        } else if (StrictUtf8Decoder.isBlank(decoder.chars(), chars)) return;
        Object[] values;
        try (JsonParser parser = text != null ? mapper.getFactory().createParser(text)
                : mapper.getFactory().createParser(decoder.chars(), 0, chars)) {
            values = fieldsOfObject(parser);
        } catch (JsonProcessingException e) {
            listener.problem(IngestProblem.skipped(file, number, "invalid JSON: " + describe(e)));
            return;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // parsing text in memory: cannot happen
        }
        if (values[0] instanceof NotAnObject kind) {
            listener.problem(IngestProblem.skipped(file, number, "expected a JSON object, found " + kind.type));
            return;
        }
        article(values, file, number, listener);
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

    /** The fields Kiosque reads, in this order; every other field is skipped without being built. */
    private static final List<String> FIELDS = List.of("id", "title", "heading", "lede", "summary", "article", "body", "text",
            "date", "url", "source");
    private static final int ID = 0, TITLE = 1, LEDE_FIRST = 2, BODY_FIRST = 5, DATE = 8, URL = 9, SOURCE = 10;

    /** A field's value that is not text: kept to tell the user, as the tree would have shown it. */
    private enum Container { ARRAY, OBJECT }

    /** The root value is not an object; {@code type} as a JSON tree names it. */
    private record NotAnObject(String type) {}

    /**
     * Pulls the first root value of a line: for an object, the value of each field in {@link #FIELDS}
     * (a String, a {@link Container}, or null when absent or null; a repeated key keeps its last value,
     * numbers and booleans as the tree would print them). The rest of the line is not read, as before.
     */
    private Object[] fieldsOfObject(JsonParser parser) throws IOException {
        Object[] values = new Object[FIELDS.size()];
        JsonToken root = parser.nextToken();
        if (root != JsonToken.START_OBJECT) {
            // Read the whole value first so that a malformed one is reported as invalid JSON, as the tree did.
            JsonNode node = mapper.readTree(parser);
            values[0] = new NotAnObject(node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
            return values;
        }
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            int slot = FIELDS.indexOf(parser.currentName());
            JsonToken v = parser.nextToken();
            if (slot < 0) {
                parser.skipChildren();
                continue;
            }
            values[slot] = switch (v) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NULL -> null;
                case START_ARRAY -> { parser.skipChildren(); yield Container.ARRAY; }
                case START_OBJECT -> { parser.skipChildren(); yield Container.OBJECT; }
                default -> mapper.<JsonNode>readTree(parser).asText(); // numbers and booleans, printed exactly as the tree prints them
            };
        }
        if (t != JsonToken.END_OBJECT) throw new IllegalStateException("unexpected token " + t); // the parser reports bad JSON itself
        return values;
    }

    private void article(JsonNode node, String file, long line, IngestListener listener) {
        if (node == null || !node.isObject()) {
            listener.problem(IngestProblem.skipped(file, line, "expected a JSON object, found "
                    + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT))));
            return;
        }
        Object[] values = new Object[FIELDS.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode v = node.get(FIELDS.get(i));
            values[i] = v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.isArray() ? Container.ARRAY : Container.OBJECT;
        }
        article(values, file, line, listener);
    }

    private void article(Object[] values, String file, long line, IngestListener listener) {
        Consumer<IngestProblem> problems = listener::problem;
        ArticleAssembler.Fields fields = new ArticleAssembler.Fields(
                text(values, ID, 1, file, line, problems),
                text(values, TITLE, 1, file, line, problems),
                text(values, LEDE_FIRST, LEDE.size(), file, line, problems),
                text(values, BODY_FIRST, BODY.size(), file, line, problems),
                text(values, DATE, 1, file, line, problems),
                text(values, URL, 1, file, line, problems),
                text(values, SOURCE, 1, file, line, problems));
        assembler.assemble(fields, file, line, problems).ifPresent(a -> listener.article(a, file, line));
    }

    /** The first of {@code count} alternative fields that holds a value; numbers and booleans are read as text. */
    private static String text(Object[] values, int first, int count, String file, long line, Consumer<IngestProblem> problems) {
        for (int i = first; i < first + count; i++) {
            Object v = values[i];
            if (v instanceof String s) {
                if (!s.isBlank()) return s;
            } else if (v instanceof Container c) {
                problems.accept(IngestProblem.degraded(file, line, "field '" + FIELDS.get(i) + "' is "
                        + (c == Container.ARRAY ? "an array" : "an object") + ", not text; ignored"));
            }
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
