package kiosque.cli;

import java.io.PrintWriter;
import kiosque.index.IndexingPipeline;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows indexing progress: a progress bar (input read, rate, ETA) on a terminal, one plain line every
 * few seconds otherwise, so logs and pipes stay readable.
 */
abstract class IndexProgress implements IndexingPipeline.Progress, AutoCloseable {

    static IndexProgress forConsole(PrintWriter out) {
        return onTerminal() ? new Bar() : new Lines(out);
    }

    /** Since Java 22 System.console() may exist without a terminal; Console.isTerminal() tells, when present. */
    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only on a terminal
        }
    }

    @Override public void close() {}

    /** Progress is measured in input bytes (known up front, so there is an ETA); articles are the extra message. */
    private static final class Bar extends IndexProgress {
        private ProgressBar bar;
        private long lastUpdate;

        @Override public void started(long totalBytes) {
            bar = new ProgressBarBuilder().setTaskName("Indexing").setInitialMax(Math.max(1, totalBytes))
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" MB", 1_000_000).showSpeed()
                    .setUpdateIntervalMillis(250).build();
        }

        @Override public void advanced(long bytesRead, long articlesDone) {
            long now = System.nanoTime();
            if (now - lastUpdate < 100_000_000L) return;
            lastUpdate = now;
            bar.stepTo(bytesRead);
            double seconds = bar.getTotalElapsed().toMillis() / 1000.0;
            bar.setExtraMessage(String.format("%,d articles, %.0f/s", articlesDone, articlesDone / Math.max(0.001, seconds)));
        }

        @Override public void finished(IndexingPipeline.Summary summary) {
            bar.stepTo(bar.getMax());
            bar.setExtraMessage(String.format("%,d articles", summary.indexed() + summary.replaced()));
        }

        @Override public void close() {
            if (bar != null) bar.close();
        }
    }

    private static final class Lines extends IndexProgress {
        private final PrintWriter out;
        private long total, started, lastLine;

        Lines(PrintWriter out) { this.out = out; }

        @Override public void started(long totalBytes) {
            total = totalBytes;
            started = lastLine = System.nanoTime();
        }

        @Override public void advanced(long bytesRead, long articlesDone) {
            long now = System.nanoTime();
            if (now - lastLine < 5_000_000_000L) return;
            lastLine = now;
            double seconds = (now - started) / 1e9;
            double fraction = total == 0 ? 0 : Math.min(1, (double) bytesRead / total);
            String eta = fraction > 0.01 ? String.format(", about %.0f s left", seconds / fraction - seconds) : "";
            out.printf("indexing: %,d articles, %.0f%% of the input, %.0f articles/s%s%n",
                    articlesDone, 100 * fraction, articlesDone / seconds, eta);
            out.flush();
        }
    }
}
