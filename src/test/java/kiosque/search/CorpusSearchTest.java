package kiosque.search;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import kiosque.index.ArchiveWriter;
import kiosque.index.IndexingPipeline;
import kiosque.ingest.Article;
import kiosque.ingest.Ingest;
import kiosque.ingest.IngestListener;
import kiosque.ingest.IngestProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search as a reader would use it, over a few thousand real articles indexed by the real pipeline. */
class CorpusSearchTest {
    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");
    private static final int ARTICLES = 3000;

    @TempDir static Path tmp;
    static LuceneArchive archive;
    static List<Article> articles = new ArrayList<>();

    @BeforeAll static void index() throws Exception {
        assumeTrue(Files.exists(CORPUS), "corpus not found at " + CORPUS.toAbsolutePath());
        Path sample = tmp.resolve("sample.jsonl");
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8));
             BufferedWriter out = Files.newBufferedWriter(sample)) {
            String line;
            for (int i = 0; i < ARTICLES && (line = in.readLine()) != null; i++) {
                out.write(line);
                out.newLine();
            }
        }
        new Ingest().readFile(sample, new IngestListener() {
            @Override public void article(Article a, String file, long line) { articles.add(a); }

            @Override public void problem(IngestProblem p) {}
        });
        Path index = tmp.resolve("index");
        try (ArchiveWriter writer = ArchiveWriter.open(index)) {
            IndexingPipeline.withDefaults(2).run(List.of(sample), IndexingPipeline.target(writer), IndexingPipeline.Progress.NONE);
        }
        archive = LuceneArchive.open(index);
    }

    @AfterAll static void close() throws Exception {
        if (archive != null) archive.close();
    }

    private static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    @Test void everyReadableArticleIsIndexedOnce() {
        assertEquals(articles.size(), archive.size());
        assertTrue(articles.size() > ARTICLES * 0.98, "only empty bodies are skipped");
    }

    @Test void titleWordsTypedWithoutAccentsFindTheArticleInTheTopTen() {
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(11));
        List<String> missed = new ArrayList<>();
        for (Article a : shuffled.subList(0, 60)) {
            // Punctuation goes, but not inside numbers (« 10.000 », « 92,2 »), which are one word in the text.
            String words = withoutAccents(a.title()).replaceAll("(?<!\\d)[.,]|[.,](?!\\d)", " ").replaceAll("[^\\p{L}\\p{N}'., -]", " ");
            SearchResult r = archive.search(ArchiveQuery.of(words));
            if (r.hits().stream().noneMatch(h -> h.id().equals(a.id()))) missed.add(a.id() + " « " + words + " »");
        }
        assertTrue(missed.size() <= 1, "missed: " + missed);
    }

    @Test void excerptsMarkTheWordsAsWrittenInTheText() {
        SearchResult r = archive.search(ArchiveQuery.of("gouvernement"));
        assertTrue(r.total() > 10);
        for (Hit h : r.hits()) {
            assertTrue(h.excerpts().stream().anyMatch(e -> e.matches("(?s).*<mark>[Gg]ouvernements?</mark>.*")), h.id() + " " + h.excerpts());
            assertTrue(h.excerpts().stream().noneMatch(e -> e.replaceAll("</?mark>", "").contains("<")), "only our marks are markup");
        }
    }

    /**
     * The index holds light stems (doubled letters written once, endings cut), but readers type words as spelt:
     * « attent* », « immeubles~ » found nothing before prefixes and fuzzy words were compared as the index holds them.
     */
    @Test void prefixesAndFuzzyWordsFindAtLeastWhatTheWordFinds() {
        List<String> words = wordsWithDoubledLetters(30);
        assertEquals(30, words.size());
        List<String> lost = new ArrayList<>();
        for (String w : words) {
            long exact = archive.search(ArchiveQuery.of(w)).total();
            for (String variant : List.of(w + "*", w.substring(0, 5) + "*", w + "~")) {
                long found = archive.search(ArchiveQuery.of(variant)).total();
                if (found < exact) lost.add(variant + " " + found + " < " + w + " " + exact);
            }
        }
        assertEquals(List.of(), lost);
    }

    /** Lower-case words of eight letters or more with a doubled letter in their first five, from the sample's bodies. */
    private static List<String> wordsWithDoubledLetters(int n) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        List<Article> shuffled = new ArrayList<>(articles);
        Collections.shuffle(shuffled, new Random(5));
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\p{L}'’-])\\p{Ll}{8,}(?![\\p{L}'’-])");
        for (Article a : shuffled) {
            java.util.regex.Matcher m = word.matcher(a.body());
            while (m.find() && found.size() < n) {
                String w = m.group();
                if (w.substring(0, 5).matches(".*(\\p{L})\\1.*")) found.add(w);
            }
            if (found.size() == n) break;
        }
        return List.copyOf(found);
    }

    @Test void facetsFilterAndCountTheSameArticles() {
        SearchResult all = archive.search(ArchiveQuery.of(""));
        FacetValue top = all.facets().get("place").get(0);
        SearchResult filtered = archive.search(ArchiveQuery.of("").withPlaces(List.of(top.value())));
        // A merged name counts its spellings' articles: exact unless one article holds two spellings or a rare
        // spelling falls outside the top candidates (README, "Facet counts").
        assertTrue(Math.abs(top.count() - filtered.total()) <= Math.max(2, filtered.total() / 100),
                "a facet count is, within 1 %, the number of articles its link finds: " + top + " vs " + filtered.total());
        assertTrue(filtered.hits().stream().allMatch(h -> h.places().contains(top.value())));
        List<String> months = all.facets().get("month").stream().map(FacetValue::value).toList();
        assertEquals(months.stream().sorted().toList(), months, "months in chronological order");
    }
}
