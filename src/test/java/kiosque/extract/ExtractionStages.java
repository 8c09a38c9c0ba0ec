package kiosque.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;

/**
 * Times each stage of the extractor on its own over the sections of a corpus (single thread, after a warm-up pass),
 * in MB of text per second: which stage to make faster. Run from the worktree:
 * <pre>java -cp target/classes:target/test-classes:$(cat target/classpath.txt) kiosque.extract.ExtractionStages \
 *     ../shared/corpus/orangesum.jsonl.gz 10000</pre>
 */
public final class ExtractionStages {
    private ExtractionStages() {}

    record Section_(String text, kiosque.extract.Section section, PartialDate date) {}

    public static void main(String[] args) throws Exception {
        List<Article> articles = ExtractionDump.read(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 10000);
        List<Section_> parts = new ArrayList<>();
        long chars = 0;
        for (Article a : articles) {
            parts.add(new Section_(a.title(), Section.TITLE, a.date()));
            parts.add(new Section_(a.lede(), Section.LEDE, a.date()));
            parts.add(new Section_(a.body(), Section.BODY, a.date()));
            chars += a.title().length() + a.lede().length() + a.body().length();
        }
        DateFinder dates = new DateFinder();
        NameFinder names = new NameFinder(Lexicons.get());
        FrenchExtractor all = new FrenchExtractor();
        List<List<Token>> tokens = new ArrayList<>();
        for (Section_ p : parts) tokens.add(FrenchTokenizer.tokenize(p.text()));
        int[] index = {0};
        time("tokenize", chars, parts, p -> FrenchTokenizer.tokenize(p.text()));
        time("date candidates", chars, parts, p -> DateCandidates.of(p.text()));
        time("dates", chars, parts, p -> dates.find(p.text(), p.section(), p.date()));
        time("quotes (marks only)", chars, parts, p -> QuoteFinder.find(p.text()));
        time("names (given tokens)", chars, parts, p -> names.find(p.text(), tokens.get(index[0]++ % tokens.size())));
        time("whole extractor", chars, articles, all::extract);
    }

    private static <T> void time(String stage, long chars, List<T> items, Consumer<T> work) {
        for (T t : items) work.accept(t); // warm-up
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = bean.getCurrentThreadCpuTime();
            for (T t : items) work.accept(t);
            best = Math.min(best, (bean.getCurrentThreadCpuTime() - start) / 1e9);
        }
        System.out.printf("%-22s %8.1f MB/s per core  (%.3f s CPU for %.1f MB, best of 3)%n", stage, chars / 1e6 / best, best, chars / 1e6);
    }
}
