package kiosque.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import kiosque.ingest.Article;
import kiosque.ingest.Ingest;
import kiosque.ingest.IngestListener;
import kiosque.ingest.IngestProblem;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The one-pass filter must give exactly the tokens of LowerCaseFilter then ASCIIFoldingFilter: search relies on it. */
class FoldedLowerCaseFilterTest {

    private static final Path CORPUS = Path.of("../shared/corpus/orangesum.jsonl.gz");

    private static List<String> tokens(String text, Function<Tokenizer, TokenStream> chain, Tokenizer source) throws IOException {
        List<String> out = new ArrayList<>();
        source.setReader(new java.io.StringReader(text));
        try (TokenStream ts = chain.apply(source)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        }
        return out;
    }

    private static void assertSameAsTwoFilters(String text) throws IOException {
        for (boolean whitespace : new boolean[] {false, true}) {
            List<String> expected = tokens(text, s -> new ASCIIFoldingFilter(new LowerCaseFilter(s)),
                    whitespace ? new WhitespaceTokenizer() : new StandardTokenizer());
            List<String> actual = tokens(text, FoldedLowerCaseFilter::new, whitespace ? new WhitespaceTokenizer() : new StandardTokenizer());
            assertEquals(expected, actual, "tokens of: " + (text.length() > 200 ? text.substring(0, 200) + "…" : text));
        }
    }

    @Test void awkwardLettersFoldAsTheTwoFiltersDo() throws IOException {
        assertSameAsTwoFilters("ŒUVRE Œuvre cœur Straße İstanbul ÉTATS-UNIS Ǆ ǅ ﬁn ＡＢＣ Ⅻ ① Ωmega ΣΑΣ Ærø Łódź Erdoğan");
        // Supplementary characters: Deseret capitals lower-case to other supplementary letters; mathematical bold stays.
        assertSameAsTwoFilters("\uD801\uDC00\uD801\uDC01 \uD835\uDC00bc emoji\uD83D\uDE00 lone\uD800surrogate");
        assertSameAsTwoFilters("ABC abc 123 L'ÉTÉ aujourd’hui");
    }

    @Test void everyBasicMultilingualCharacterFoldsAsTheTwoFiltersDo() throws IOException {
        StringBuilder all = new StringBuilder();
        for (char c = 0x21; c < 0xD800; c++) {
            if (Character.isLetterOrDigit(c)) all.append(c).append("a ");
        }
        assertSameAsTwoFilters(all.toString());
    }

    @Test void corpusTextFoldsAsTheTwoFiltersDo() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(CORPUS), "corpus absent at " + CORPUS.toAbsolutePath());
        List<Article> articles = new ArrayList<>();
        new Ingest().readFile(CORPUS, new IngestListener() {
            @Override public void article(Article a, String file, long line) {
                articles.add(a);
                if (articles.size() == 500) throw new IllegalStateException("enough"); // the reader stops at this line
            }

            @Override public void problem(IngestProblem problem) {}
        });
        for (Article a : articles) assertSameAsTwoFilters(a.title() + "\n" + a.lede() + "\n" + a.body());
    }
}
