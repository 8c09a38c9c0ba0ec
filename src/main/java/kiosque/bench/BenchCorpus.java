package kiosque.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import kiosque.ingest.Article;
import kiosque.ingest.Ingest;
import kiosque.ingest.IngestListener;
import kiosque.ingest.IngestProblem;
import kiosque.ingest.PartialDate;

/**
 * The benchmark's articles: read with Kiosque's own readers (what {@code ./kiosque index} would index), optionally
 * cut to the first N, and replicated K times with fresh ids and dates shifted by whole years, so that a larger
 * corpus is still real French text.
 */
public final class BenchCorpus {

    private BenchCorpus() {
    }

    /** Every article Kiosque reads from the file, in order, up to {@code limit}; fails when the file yields none. */
    public static List<Article> read(Path file, int limit) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("no corpus file at " + file.toAbsolutePath());
        List<Article> articles = new ArrayList<>();
        List<IngestProblem> skipped = new ArrayList<>();
        new Ingest().readFile(file, new IngestListener() {
            @Override public void article(Article article, String f, long line) {
                articles.add(article);
                if (articles.size() >= limit) throw new Enough();
            }

            @Override public void problem(IngestProblem problem) {
                if (articles.size() < limit && problem.severity() == IngestProblem.Severity.SKIPPED) skipped.add(problem);
            }
        });
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("no article could be read from " + file + (skipped.isEmpty() ? "" : ": " + skipped.getFirst()));
        }
        return articles;
    }

    /**
     * The articles, then {@code scale - 1} more copies: copy k has the id suffixed {@code ~k} and its date moved
     * k years earlier (at the date's own precision; 29 February becomes the 28th). Earlier, not later: Kiosque's
     * reader takes a publication date in the future for an error and indexes the article undated, which a corpus of
     * 2011–2020 moved nine years on did for a fifth of the copies.
     */
    public static List<Article> scaled(List<Article> articles, int scale) {
        if (scale < 1) throw new IllegalArgumentException("scale must be at least 1, got " + scale);
        List<Article> out = new ArrayList<>(articles.size() * scale);
        out.addAll(articles);
        for (int k = 1; k < scale; k++) {
            for (Article a : articles) out.add(copy(a, k));
        }
        return out;
    }

    /** Thrown from the listener to stop reading once the limit is reached (the reader reports it as a problem, ignored then). */
    private static final class Enough extends RuntimeException {
        Enough() {
            super("enough articles", null, false, false);
        }
    }

    /**
     * Whether {@code id} names a copy made by {@link #scaled}: an id of {@code ids} suffixed {@code ~k}. An original
     * whose own id holds a tilde is not one, unless the id before it is in the archive too.
     */
    static boolean isScaledCopy(String id, java.util.Set<String> ids) {
        int tilde = id.lastIndexOf('~');
        if (tilde <= 0 || tilde == id.length() - 1) return false;
        for (int i = tilde + 1; i < id.length(); i++) if (id.charAt(i) < '0' || id.charAt(i) > '9') return false;
        return ids.contains(id.substring(0, tilde));
    }

    static Article copy(Article a, int k) {
        return new Article(a.id() + "~" + k, a.title(), a.lede(), a.body(), shifted(a.date(), -k), a.url(), a.source());
    }

    static PartialDate shifted(PartialDate date, int years) {
        if (date == null || years == 0) return date;
        return switch (date.precision()) {
            case DAY -> PartialDate.of(date.start().plusYears(years));
            case MONTH -> PartialDate.ofMonth(date.year() + years, date.month());
            case YEAR -> PartialDate.ofYear(date.year() + years);
        };
    }

    /** Writes the articles as JSON Lines that Kiosque's reader reads back as the same articles. */
    public static void writeJsonLines(List<Article> articles, Path file) {
        ObjectMapper json = new ObjectMapper();
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            for (Article a : articles) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("id", a.id());
                o.put("title", a.title());
                o.put("heading", a.lede());
                o.put("article", a.body());
                if (a.date() != null) o.put("date", a.date().iso());
                out.write(json.writeValueAsBytes(o));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark corpus to " + file, e);
        }
    }

    /** UTF-8 bytes of title, lede and body: the text every engine indexes, for MB/s figures. */
    public static long textBytes(Article a) {
        return (long) a.title().getBytes(StandardCharsets.UTF_8).length + a.lede().getBytes(StandardCharsets.UTF_8).length
                + a.body().getBytes(StandardCharsets.UTF_8).length;
    }
}
