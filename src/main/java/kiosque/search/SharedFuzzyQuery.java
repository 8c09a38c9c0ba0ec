package kiosque.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.FilteredTermsEnum;
import org.apache.lucene.index.SingleTermsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.UnicodeUtil;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * {@code word~} on one field, with the Levenshtein automata of its word built once for every field it is asked on.
 * A word is searched in title, lede and body through the same stem: Lucene's {@link FuzzyQuery} built the same
 * automata (one per edit distance, determinised and compiled) anew for each of the three, and building them was
 * two thirds of rewriting a fuzzy query, a fifth of the whole search for the bench mix's fuzzy words (JFR).
 * Selects the same terms with the same boosts as {@link FuzzyQuery} (FuzzyQueryEquivalenceTest): every term
 * within the edits, boosted by its similarity, the {@code maxExpansions} best kept by the same rewrite.
 */
public final class SharedFuzzyQuery extends MultiTermQuery {

    /** The automata of one word, by number of edits (the word itself is compared as bytes). Thread-safe once built. */
    static final class Automata {
        private final String text;
        private final BytesRef bytes;
        private final int maxEdits, prefixLength, codePoints;
        private final CompiledAutomaton[] byEdits;

        Automata(String text, int maxEdits, int prefixLength) {
            this.text = text;
            this.bytes = new BytesRef(text);
            this.maxEdits = maxEdits;
            this.prefixLength = prefixLength;
            this.codePoints = text.codePointCount(0, text.length());
            this.byEdits = new CompiledAutomaton[maxEdits + 1];
            // No edit is the word itself, compared as bytes: its automaton is only needed when it is the widest.
            for (int k = Math.min(1, maxEdits); k <= maxEdits; k++) byEdits[k] = FuzzyQuery.getFuzzyAutomaton(text, k, prefixLength, true);
        }

        boolean sameWord(String text, int maxEdits, int prefixLength) {
            return this.text.equals(text) && this.maxEdits == maxEdits && this.prefixLength == prefixLength;
        }

        /** The fewest edits from the word to {@code term}, which the widest automaton accepted. */
        int edits(BytesRef term) {
            int ed = maxEdits;
            while (ed > 0 && (ed - 1 == 0 ? term.bytesEquals(bytes) : byEdits[ed - 1].runAutomaton.run(term.bytes, term.offset, term.length))) ed--;
            return ed;
        }

        /** As {@code FuzzyTermsEnum} boosts a term: 1 for the word itself, else 1 - edits / the shorter length. */
        float boost(BytesRef term, int edits) {
            if (edits == 0) return 1f;
            return 1f - (float) edits / Math.min(UnicodeUtil.codePointCount(term), codePoints);
        }
    }

    private final Term term;
    private final Automata automata;
    private final int maxExpansions;

    SharedFuzzyQuery(String field, Automata automata, int maxExpansions) {
        super(field, new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(maxExpansions));
        this.term = new Term(field, automata.text);
        this.automata = automata;
        this.maxExpansions = maxExpansions;
    }

    @Override protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
        if (automata.maxEdits == 0) return new SingleTermsEnum(terms.iterator(), term.bytes());
        return new EditDistanceTermsEnum(automata.byEdits[automata.maxEdits].getTermsEnum(terms), automata);
    }

    /** The terms the widest automaton accepts, each boosted by how close it is to the word. */
    private static final class EditDistanceTermsEnum extends FilteredTermsEnum {
        private final Automata automata;
        private final BoostAttribute boost = attributes().addAttribute(BoostAttribute.class);

        EditDistanceTermsEnum(TermsEnum accepted, Automata automata) {
            super(accepted, false);
            this.automata = automata;
        }

        @Override protected AcceptStatus accept(BytesRef candidate) {
            boost.setBoost(automata.boost(candidate, automata.edits(candidate)));
            return AcceptStatus.YES;
        }
    }

    public Term getTerm() {
        return term;
    }

    public int getMaxEdits() {
        return automata.maxEdits;
    }

    /** Leading characters that must be as written, in code points. */
    public int getPrefixLength() {
        return automata.prefixLength;
    }

    /** A swap of two neighbouring letters counts as one edit, as in {@link FuzzyQuery}'s default. */
    public boolean getTranspositions() {
        return true;
    }

    public int getMaxExpansions() {
        return maxExpansions;
    }

    Automata automata() {
        return automata;
    }

    @Override public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) visitor.consumeTermsMatching(this, field, () -> automata.byEdits[automata.maxEdits].runAutomaton);
    }

    @Override public String toString(String defaultField) {
        return (field.equals(defaultField) ? "" : field + ":") + automata.text + "~" + automata.maxEdits;
    }

    @Override public boolean equals(Object o) {
        return o instanceof SharedFuzzyQuery other && sameClassAs(o) && term.equals(other.term) && maxExpansions == other.maxExpansions
                && automata.maxEdits == other.automata.maxEdits && automata.prefixLength == other.automata.prefixLength;
    }

    @Override public int hashCode() {
        return Objects.hash(classHash(), term, maxExpansions, automata.maxEdits, automata.prefixLength);
    }
}
