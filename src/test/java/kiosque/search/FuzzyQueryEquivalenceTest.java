package kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Kiosque's fuzzy query with shared automata picks the same terms, with the same boosts, as Lucene's FuzzyQuery. */
class FuzzyQueryEquivalenceTest {

    private static final List<String> WORDS = List.of("gouvernement", "manifestation", "président", "élection", "sécurité",
            "assistance", "collaborateur", "investissement", "représentant", "sauvetage", "immeuble", "annulé", "maquis",
            "été", "loi", "paix", "œuvre", "naïve", "conseil", "attentat");

    @Test
    void sameTermsAndBoostsAsLucenesFuzzyQueryOnACrowdedDictionary() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
            Random random = new Random(42);
            TreeSet<String> terms = new TreeSet<>(WORDS);
            // Each word with hundreds of misspellings one to three edits away, so that more than 50 terms compete.
            for (String w : WORDS) for (int i = 0; i < 300; i++) terms.add(mutate(mutate(random.nextInt(3) == 0 ? mutate(w, random) : w, random), random));
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
                int n = 0;
                for (String t : terms) {
                    // varied document frequencies, which the blended rewrite reads
                    for (int copies = 1 + (n++ % 4); copies > 0; copies--) {
                        Document doc = new Document();
                        doc.add(new StringField("body", t, Field.Store.NO));
                        writer.addDocument(doc);
                    }
                    if (n % 700 == 0) writer.commit(); // several segments, as an archive has
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int compared = 0, crowded = 0;
                for (String w : WORDS) {
                    for (int edits = 0; edits <= 2; edits++) {
                        for (int prefix = 0; prefix <= 2; prefix++) {
                            Query lucene = searcher.rewrite(new FuzzyQuery(new Term("body", w), edits, prefix, 50, true));
                            Query ours = searcher.rewrite(new SharedFuzzyQuery("body", new SharedFuzzyQuery.Automata(w, edits, prefix), 50));
                            assertEquals(lucene.toString(), ours.toString(), w + " with " + edits + " edits, prefix " + prefix);
                            compared++;
                            if (lucene instanceof BooleanQuery b && b.clauses().size() == 50) crowded++;
                        }
                    }
                }
                assertEquals(WORDS.size() * 9, compared);
                assertTrue(crowded >= 10, "the top-50 cut was exercised " + crowded + " times");
            }
        }
    }

    @Test
    void oneWordSearchedInSeveralFieldsBuildsItsAutomataOnce() {
        TextQueryParser parser = new TextQueryParser();
        Query q = parser.parse("investisement~", false);
        List<SharedFuzzyQuery> fuzzy = new ArrayList<>();
        q.visit(new org.apache.lucene.search.QueryVisitor() {
            @Override public org.apache.lucene.search.QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }

            @Override public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                if (query instanceof SharedFuzzyQuery f) fuzzy.add(f);
            }
        });
        assertEquals(3, fuzzy.size(), "title, lede and body: " + q);
        assertSame(fuzzy.get(0).automata(), fuzzy.get(1).automata());
        assertSame(fuzzy.get(0).automata(), fuzzy.get(2).automata());
        assertTrue(fuzzy.stream().map(f -> f.getTerm().field()).distinct().count() == 3, q.toString());
        assertTrue(fuzzy.stream().allMatch(f -> f.getMaxEdits() == 2 && f.getTerm().text().equals(fuzzy.get(0).getTerm().text())), q.toString());
    }

    /** One random edit: a letter replaced, inserted, deleted, or two neighbours swapped. */
    private static String mutate(String w, Random random) {
        StringBuilder b = new StringBuilder(w);
        int i = random.nextInt(Math.max(1, b.length()));
        char c = "aeiouéèrstlnmcdp".charAt(random.nextInt(16));
        switch (random.nextInt(4)) {
            case 0 -> b.setCharAt(i, c);
            case 1 -> b.insert(i, c);
            case 2 -> { if (b.length() > 2) b.deleteCharAt(i); }
            default -> { if (i + 1 < b.length()) { char t = b.charAt(i); b.setCharAt(i, b.charAt(i + 1)); b.setCharAt(i + 1, t); } }
        }
        return b.toString();
    }
}
