package kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Excerpts are chosen by passage score: ours must rank passages exactly as Lucene's default scorer does. */
class PassageScoresTest {

    @Test void scoresEveryPassageAsLucenesDefaultScorer() {
        PassageScorer lucene = new PassageScorer();
        PassageScores ours = new PassageScores();
        Random random = new Random(7);
        String[] words = {"grève", "réforme", "retraites", "paris", "macron"};
        for (int trial = 0; trial < 2_000; trial++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            p.setStartOffset(start);
            p.setEndOffset(start + 1_000); // matches must fall inside the passage
            int pos = start;
            int matches = random.nextInt(8); // 8 × (40 + 9) < 1,000
            for (int m = 0; m < matches; m++) {
                pos += 1 + random.nextInt(40);
                String w = words[random.nextInt(words.length)];
                p.addMatch(pos, pos + w.length(), new BytesRef(w), 1 + random.nextInt(20));
                pos += w.length();
            }
            p.setEndOffset(pos + random.nextInt(1_000 - (pos - start)));
            int contentLength = p.getEndOffset() + random.nextInt(10_000);
            assertEquals(lucene.score(p, contentLength), ours.score(p, contentLength), 0f, "trial " + trial);
        }
    }
}
