package kiosque.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/** The analyzers of the archive: French text, entity names, and the per-field combination of both. */
public final class FrenchAnalysis {
    private FrenchAnalysis() {}

    /** Elided articles and conjunctions: l', d', qu', jusqu', lorsqu'… (both ' and ’ are handled by ElisionFilter). */
    public static final java.util.List<String> ELIDED_WORDS = java.util.List.of(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    /**
     * Positions between two values of one field (two names of a kind, two quotes): a phrase (slop under 100) does not
     * run from the end of one into the start of the next. OpenSearch's default for text fields, so both engines match
     * the same phrases.
     */
    public static final int POSITION_GAP = 100;

    static final CharArraySet ELISIONS = new CharArraySet(ELIDED_WORDS, true);

    /** Lucene's French stop words, accents folded the way the text is. */
    static final CharArraySet FOLDED_STOP_WORDS = buildFoldedStopWords();
    private static final int LONGEST_STOP_WORD = StopWordFilter.longest(FOLDED_STOP_WORDS);

    /** The folded stop words as strings, for engines that must analyse the same way (OpenSearch mappings). */
    public static java.util.List<String> foldedStopWords() {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (Object w : FOLDED_STOP_WORDS) words.add(new String((char[]) w));
        java.util.Collections.sort(words);
        return words;
    }

    private static CharArraySet buildFoldedStopWords() {
        CharArraySet folded = new CharArraySet(200, false);
        for (Object w : FrenchAnalyzer.getDefaultStopSet()) {
            char[] in = (char[]) w;
            char[] out = new char[in.length * 4];
            int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
            folded.add(new String(out, 0, len));
        }
        return CharArraySet.unmodifiableSet(folded);
    }

    /** Words by Unicode rules, elision removed, lower-cased, accents folded: the start both analyzers share. */
    private static TokenStream foldedWords(Tokenizer source) {
        return new FoldedLowerCaseFilter(new ElisionFilter(source, ELISIONS));
    }

    /**
     * French running text: words split by Unicode rules (so « cessez-le-feu » gives cessez / le / feu at
     * consecutive positions: a phrase and three words), elision removed, lower-cased, accents folded, French stop
     * words dropped (positions kept, so phrases still line up), light stemming for plurals. Folding comes before
     * the stop filter, against a folded stop list: otherwise « même » is dropped but a typed « meme » is required.
     */
    public static Analyzer text() {
        return text(Analyzer.GLOBAL_REUSE_STRATEGY);
    }

    /**
     * As {@link #text()}, with one token stream per field and thread, so that the streams of several fields of one
     * document can be open at once (the writer takes title, lede and body as streams to record quote words).
     */
    static Analyzer textPerField() {
        return text(Analyzer.PER_FIELD_REUSE_STRATEGY);
    }

    private static Analyzer text(Analyzer.ReuseStrategy reuse) {
        return new Analyzer(reuse) {
            @Override protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = foldedWords(source);
                result = new StopWordFilter(result, FOLDED_STOP_WORDS, LONGEST_STOP_WORD);
                result = new FrenchLightStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, ELISIONS)));
            }

            @Override public int getPositionIncrementGap(String fieldName) {
                return POSITION_GAP;
            }
        };
    }

    /**
     * The word with each run of one letter written once, as {@link FrenchLightStemFilter} indexes every word of more
     * than four letters (« immeuble » is indexed as imeubl, « attentat » as atentat): a prefix or a pattern typed as
     * the word is spelt must be compared in this form too.
     */
    public static String withoutDoubledLetters(String word) {
        StringBuilder out = null;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == word.charAt(i - 1) && Character.isLetter(c)) {
                if (out == null) out = new StringBuilder(word.length()).append(word, 0, i);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? word : out.toString();
    }

    /** Names of people, places and organisations: words, lower-cased, accents folded, never stemmed. */
    public static Analyzer names() {
        return new Analyzer() {
            @Override protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, foldedWords(source));
            }

            @Override protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }

            @Override public int getPositionIncrementGap(String fieldName) {
                return POSITION_GAP;
            }
        };
    }

    /** French text for article fields, name analysis for entity fields. */
    public static Analyzer perField() {
        Analyzer names = names();
        return new PerFieldAnalyzerWrapper(text(), Map.of(
                ArchiveField.ACTOR_TEXT, names,
                ArchiveField.ORG_TEXT, names,
                ArchiveField.PLACE_TEXT, names,
                ArchiveField.SPEAKER_TEXT, names));
    }
}
