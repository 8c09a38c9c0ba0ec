package kiosque.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed text format: an optional leading {@code date YYYY[-MM[-DD]]} (the body may go on on the same line),
 * then paragraphs separated by blank lines. A short line without final punctuation is a sub-heading and
 * stays a paragraph of its own even when no blank line sets it apart. The id is the file name without
 * its extension; the title is the first sentence.
 */
public final class SeedTextReader {

    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date[ \\t]+(\\S+)[ \\t]*");
    static final int MAX_HEADING = 100;

    private final ArticleAssembler assembler;

    public SeedTextReader(ArticleAssembler assembler) { this.assembler = assembler; }

    /** @param text the decoded file content; {@code name} the file name, whose stem is the id */
    public Optional<Article> read(String text, String file, String name, Consumer<IngestProblem> problems) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        String date = null;
        Matcher m = DATE_LINE.matcher(s);
        if (m.lookingAt()) {
            date = m.group(1);
            s = s.substring(m.end());
        }
        String body = String.join("\n\n", paragraphs(s));
        String id = stem(name);
        return assembler.assemble(new ArticleAssembler.Fields(id, null, null, body, date, null, null), file, 1, problems);
    }

    static String stem(String name) {
        String n = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Blocks split on blank lines; inside a block, sub-heading lines are split off and other lines joined. */
    static List<String> paragraphs(String s) {
        List<String> out = new ArrayList<>();
        for (String block : s.split("\\n[ \\t\\u00A0]*\\n")) {
            StringBuilder current = new StringBuilder();
            String[] lines = block.strip().split("\\s*\\n\\s*");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty()) continue;
                boolean afterSentence = current.isEmpty() || ".!?…»\"".indexOf(current.charAt(current.length() - 1)) >= 0;
                boolean beforeSentence = i + 1 == lines.length || !Character.isLowerCase(lines[i + 1].charAt(0));
                if (afterSentence && beforeSentence && isHeading(line)) {
                    flush(current, out);
                    out.add(line);
                } else {
                    if (!current.isEmpty()) current.append(' ');
                    current.append(line);
                }
            }
            flush(current, out);
        }
        return out;
    }

    /** Short, and not ending like a sentence: « L’imminence d’un cessez-le-feu » rather than a line of prose. */
    static boolean isHeading(String line) {
        if (line.length() > MAX_HEADING) return false;
        char last = line.charAt(line.length() - 1);
        return ".,;:»\"…)".indexOf(last) < 0 && !Character.isLowerCase(line.charAt(0));
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (!current.isEmpty()) out.add(current.toString());
        current.setLength(0);
    }
}
