package kiosque.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads ISO-TimeML (.tml) files: the DCT value, the TEXT element stripped of tags, and TIMEX3 spans. */
public final class TimeMlReader {
    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*\\bvalue=\"([^\"]*)\"", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<TEXT>(.*?)</TEXT>", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private TimeMlReader() {}

    public static List<TimeMlDocument> readDir(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": not a folder of .tml files");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".tml")).sorted().toList();
        }
        if (files.isEmpty()) throw new IOException(dir + ": no .tml file in this folder");
        List<TimeMlDocument> out = new ArrayList<>();
        for (Path f : files) out.add(read(f));
        return out;
    }

    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dm = DCT.matcher(xml);
        String dct = dm.find() ? dm.group(1) : null;
        Matcher tm = TEXT.matcher(xml);
        if (!tm.find()) throw new IOException(file + ": no <TEXT> element");
        String body = tm.group(1);
        StringBuilder text = new StringBuilder();
        List<TimeMlDocument.Timex> timexes = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int pos = 0;
        String openType = null, openValue = null;
        int openStart = -1;
        while (m.find()) {
            text.append(unescape(body.substring(pos, m.start())));
            pos = m.end();
            if (!m.group(2).equals("TIMEX3")) continue;
            if (m.group(1).isEmpty() && m.group(4).isEmpty()) {
                openType = attr(m.group(3), "type");
                openValue = attr(m.group(3), "value");
                openStart = text.length();
            } else if (!m.group(1).isEmpty() && openType != null) {
                timexes.add(new TimeMlDocument.Timex(openType, openValue, openStart, text.length()));
                openType = null;
            }
        }
        text.append(unescape(body.substring(pos)));
        String name = file.getFileName().toString();
        return new TimeMlDocument(name.substring(0, name.length() - 4), dct, text.toString(), timexes);
    }

    private static String attr(String attrs, String name) {
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) if (a.group(1).equals(name)) return a.group(2);
        return null;
    }

    private static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }
}
