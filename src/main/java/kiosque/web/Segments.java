package kiosque.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Cuts a stretch of text into plain and marked segments from character spans (offsets relative to the text). */
final class Segments {
    private Segments() {}

    /**
     * Spans that overlap an earlier, longer one, or fall outside the text, are left out: marking never
     * duplicates or loses a character of the text.
     */
    static List<Segment> of(String text, List<Span> spans) {
        List<Span> sorted = spans.stream()
                .filter(s -> s.start() >= 0 && s.end() <= text.length() && s.start() < s.end())
                .sorted(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()))
                .toList();
        List<Segment> out = new ArrayList<>();
        int at = 0;
        for (Span s : sorted) {
            if (s.start() < at) continue;
            if (s.start() > at) out.add(Segment.plain(text.substring(at, s.start())));
            String shown = text.substring(s.start(), s.end());
            out.add(new Segment(shown, s.kind(), shown.equals(s.label()) ? null : s.label(), s.href()));
            at = s.end();
        }
        if (at < text.length()) out.add(Segment.plain(text.substring(at)));
        return out;
    }
}
