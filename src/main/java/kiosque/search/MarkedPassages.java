package kiosque.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Formats highlighter passages as separate HTML excerpts: text escaped, matches in {@code <mark>}. */
final class MarkedPassages extends PassageFormatter {

    @Override public List<String> format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>(passages.length);
        for (Passage p : passages) {
            StringBuilder sb = new StringBuilder();
            int pos = p.getStartOffset();
            if (pos > 0) sb.append("… ");
            for (int i = 0; i < p.getNumMatches(); i++) {
                int start = p.getMatchStarts()[i], end = p.getMatchEnds()[i];
                if (start < pos) continue; // overlapping matches: keep the first
                Html.escape(content, pos, start, sb);
                sb.append("<mark>");
                Html.escape(content, start, end, sb);
                sb.append("</mark>");
                pos = end;
            }
            Html.escape(content, pos, p.getEndOffset(), sb);
            String passage = sb.toString().strip();
            out.add(p.getEndOffset() < content.strip().length() ? passage + " …" : passage);
        }
        return out;
    }
}
