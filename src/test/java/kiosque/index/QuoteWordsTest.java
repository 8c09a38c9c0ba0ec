package kiosque.index;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import kiosque.bench.BenchCorpus;
import kiosque.extract.Extraction;
import kiosque.extract.FrenchExtractor;
import kiosque.extract.Quote;
import kiosque.ingest.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quote field holds the words of each article's quotes as if every quote had been analysed on its own, though
 * the writer takes them from the analysis of title, lede and body: checked on real articles.
 */
class QuoteWordsTest {
    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");

    @Test void quoteFieldHoldsTheWordsOfEveryQuoteAndItsPhrases(@TempDir Path dir) throws IOException {
        assumeTrue(Files.exists(CORPUS), "corpus not found at " + CORPUS.toAbsolutePath());
        List<Article> articles = BenchCorpus.read(CORPUS, 1_500);
        FrenchExtractor extractor = new FrenchExtractor();
        Map<String, Extraction> extractions = new HashMap<>();
        try (ArchiveWriter writer = ArchiveWriter.open(dir)) {
            for (Article a : articles) {
                Extraction x = extractor.extract(a);
                extractions.put(a.id(), x);
                writer.add(a, x);
            }
            writer.commit();
        }
        Analyzer text = FrenchAnalysis.text();
        int withQuotes = 0, phrases = 0;
        List<String> differing = new ArrayList<>();
        try (FSDirectory fs = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(fs)) {
            Map<String, TreeSet<String>> indexed = quoteTermsById(reader);
            IndexSearcher searcher = new IndexSearcher(reader);
            for (Article a : articles) {
                List<Quote> quotes = extractions.get(a.id()).quotes();
                if (quotes.isEmpty()) continue;
                withQuotes++;
                TreeSet<String> expected = new TreeSet<>();
                for (Quote q : quotes) {
                    List<String> words = new ArrayList<>();
                    List<Integer> positions = new ArrayList<>();
                    words(text, q.text(), words, positions);
                    expected.addAll(words);
                    if (words.size() >= 3 && phrases < 300) {
                        // The quote's first three words, at the positions its own analysis gives them, are a phrase.
                        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
                        for (int i = 0; i < 3; i++) phrase.add(new org.apache.lucene.index.Term(ArchiveField.QUOTE, words.get(i)), positions.get(i));
                        assertTrue(searcher.count(phrase.build()) > 0, "phrase " + words.subList(0, 3) + " of a quote in " + a.id());
                        phrases++;
                    }
                }
                TreeSet<String> actual = indexed.getOrDefault(a.id(), new TreeSet<>());
                if (!expected.equals(actual)) differing.add(a.id() + ": expected " + expected + "\n   indexed " + actual);
            }
        }
        assertTrue(withQuotes > 300, withQuotes + " articles with quotes");
        assertTrue(phrases > 100, phrases + " phrases tried");
        assertTrue(differing.size() <= withQuotes / 100, differing.size() + " of " + withQuotes + " articles differ:\n"
                + String.join("\n", differing.subList(0, Math.min(5, differing.size()))));
    }

    private static void words(Analyzer analyzer, String text, List<String> words, List<Integer> positions) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(ArchiveField.QUOTE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1, first = -1;
            while (ts.incrementToken()) {
                position += increment.getPositionIncrement();
                if (first < 0) first = position;
                words.add(term.toString());
                positions.add(position - first);
            }
            ts.end();
        }
    }

    private static Map<String, TreeSet<String>> quoteTermsById(DirectoryReader reader) throws IOException {
        Map<String, TreeSet<String>> out = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(ArchiveField.QUOTE);
            if (terms == null) continue;
            StoredFields stored = leaf.reader().storedFields();
            TermsEnum te = terms.iterator();
            PostingsEnum postings = null;
            while (te.next() != null) {
                String word = te.term().utf8ToString();
                postings = te.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    out.computeIfAbsent(stored.document(doc).get(ArchiveField.ID), k -> new TreeSet<>()).add(word);
                }
            }
        }
        return out;
    }
}
