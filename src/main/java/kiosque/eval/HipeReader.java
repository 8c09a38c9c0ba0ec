package kiosque.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads HIPE-2020 TSV files: one token a line, {@code # document_id =} and {@code # date =} metadata, IOB tags
 * in column NE-COARSE-LIT, {@code NoSpaceAfter} / {@code EndOfLine} in column MISC.
 */
public final class HipeReader {
    private HipeReader() {}

    public static List<HipeDocument> read(Path file) throws IOException {
        List<HipeDocument> docs = new ArrayList<>();
        Builder cur = null;
        int tagCol = 1, miscCol = 9;
        String pendingDate = null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) continue;
                if (line.startsWith("TOKEN\t")) {
                    String[] head = line.split("\t", -1);
                    for (int i = 0; i < head.length; i++) {
                        if (head[i].equals("NE-COARSE-LIT")) tagCol = i;
                        if (head[i].equals("MISC")) miscCol = i;
                    }
                    continue;
                }
                if (line.startsWith("#")) {
                    String meta = line.substring(1).strip();
                    if (meta.startsWith("date =")) pendingDate = meta.substring(6).strip();
                    if (meta.startsWith("document_id =")) {
                        if (cur != null) docs.add(cur.build());
                        cur = new Builder(meta.substring(13).strip(), pendingDate);
                    }
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length <= tagCol)
                    throw new IOException(file + ":" + lineNo + ": expected at least " + (tagCol + 1) + " tab-separated columns, found " + cols.length);
                if (cur == null) cur = new Builder("doc-" + (docs.size() + 1), pendingDate);
                String misc = cols.length > miscCol ? cols[miscCol] : "";
                cur.add(cols[0], cols[tagCol], misc, file, lineNo);
            }
        }
        if (cur != null) docs.add(cur.build());
        return docs;
    }

    private static final class Builder {
        final String id, date;
        final StringBuilder text = new StringBuilder();
        final List<HipeDocument.Span> tokens = new ArrayList<>();
        final List<HipeDocument.GoldMention> mentions = new ArrayList<>();
        boolean spaceBefore = false;
        String openType = null;
        int openStart = -1;

        Builder(String id, String date) { this.id = id; this.date = date; }

        void add(String token, String tag, String misc, Path file, int lineNo) throws IOException {
            if (spaceBefore) text.append(' ');
            int s = text.length();
            text.append(token);
            tokens.add(new HipeDocument.Span(s, text.length()));
            spaceBefore = !misc.contains("NoSpaceAfter");
            int idx = tokens.size() - 1;
            if (tag.startsWith("B-") || tag.startsWith("I-") && (openType == null || !openType.equals(tag.substring(2)))) {
                close(idx);
                openType = tag.substring(2);
                openStart = idx;
            } else if (tag.equals("O") || tag.equals("_") || tag.isEmpty()) {
                close(idx);
            } else if (!tag.startsWith("I-")) {
                throw new IOException(file + ":" + lineNo + ": unknown IOB tag '" + tag + "'");
            }
        }

        void close(int idx) {
            if (openType != null) mentions.add(new HipeDocument.GoldMention(openType, openStart, idx));
            openType = null;
        }

        HipeDocument build() {
            close(tokens.size());
            return new HipeDocument(id, date, text.toString(), List.copyOf(tokens), List.copyOf(mentions));
        }
    }
}
