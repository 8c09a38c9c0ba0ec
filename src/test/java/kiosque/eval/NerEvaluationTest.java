package kiosque.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosque.extract.DateFinder;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.FrenchExtractor;
import kiosque.extract.Mention;
import kiosque.extract.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {
    private static final String HEADER = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC\n";

    private static String row(String token, String tag, String misc) {
        return token + "\t" + tag + "\tO\tO\tO\tO\tO\t_\t_\t" + misc + "\n";
    }

    @Test void scoringArithmeticOnATinyFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("tiny.tsv");
        Files.writeString(f, HEADER + "# date = 2019-10-07\n# document_id = d1\n"
                + row("Jean", "B-pers", "_") + row("Dupont", "I-pers", "_") + row("habite", "O", "_") + row("à", "O", "_")
                + row("Lyon", "B-loc", "_") + row("et", "O", "_") + row("Paris", "O", "NoSpaceAfter") + row(".", "O", "_"));
        List<HipeDocument> docs = HipeReader.read(f);
        assertEquals("Jean Dupont habite à Lyon et Paris.", docs.get(0).text());
        assertEquals(2, docs.get(0).mentions().size());
        // a fixed extractor: « Jean » (person, partial), « Lyon » (exact), « Paris » (false alarm)
        NerScore s = NerEvaluation.score(docs, a -> new Extraction(List.of(
                new Entity(EntityType.PERSON, "Jean", List.of(new Mention(Section.BODY, 0, 4))),
                new Entity(EntityType.PLACE, "Lyon", List.of(new Mention(Section.BODY, 21, 25))),
                new Entity(EntityType.PLACE, "Paris", List.of(new Mention(Section.BODY, 29, 34)))), List.of(), List.of()));
        assertEquals(new Prf(1, 3, 2), s.strict().get("all"));
        assertEquals(new Prf(2, 3, 2), s.fuzzy().get("all"));
        assertEquals(new Prf(1, 2, 1), s.fuzzy().get("loc"));
        assertEquals(0.8, s.fuzzy().get("all").f1(), 1e-9);
    }

    @Test void hipeTitlesWidenPredictedPersons(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("titles.tsv");
        Files.writeString(f, HEADER + "# document_id = d1\n" + row("M", "B-pers", "NoSpaceAfter") + row(".", "I-pers", "_")
                + row("Hagenbeck", "I-pers", "_") + row("arrive", "O", "NoSpaceAfter") + row(".", "O", "_"));
        NerScore s = NerEvaluation.score(HipeReader.read(f), new FrenchExtractor());
        assertEquals(1, s.strict().get("pers").truePositives(), "« M. Hagenbeck » found as the HIPE span");
    }

    @Test void badTagIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, HEADER + row("Jean", "X-pers", "_"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> HipeReader.read(f));
        assertTrue(e.getMessage().contains("bad.tsv:2"), e.getMessage());
    }

    /** Regression floors on the shared sets (the targets are higher; see the extraction notes). */
    @Test void sharedNerSets() throws Exception {
        Path modern = Path.of("../shared/eval/ner/modern-dev-hipe.tsv"), hipe = Path.of("../shared/eval/ner/hipe2020-fr-dev.tsv");
        assumeTrue(Files.exists(modern) && Files.exists(hipe), "../shared/eval/ner not present: shared-set scores skipped");
        NerScore m = NerEvaluation.score(HipeReader.read(modern), new FrenchExtractor());
        assertTrue(m.fuzzy().get("all").f1() >= 0.87, "modern fuzzy " + m.fuzzy().get("all").f1());
        assertTrue(m.strict().get("all").f1() >= 0.845, // 0.851 since learnt given names need two different surnames
                "modern strict " + m.strict().get("all").f1());
        NerScore h = NerEvaluation.score(HipeReader.read(hipe), new FrenchExtractor());
        assertTrue(h.fuzzy().get("all").f1() >= 0.72, "hipe fuzzy " + h.fuzzy().get("all").f1());
        assertTrue(h.strict().get("all").f1() >= 0.595, "hipe strict " + h.strict().get("all").f1());
    }

    @Test void sharedDateSetsMeetTheTargets() throws Exception {
        Path tb = Path.of("../shared/eval/dates/frtimebank-dev"), md = Path.of("../shared/eval/dates/modern-dev");
        assumeTrue(Files.isDirectory(tb) && Files.isDirectory(md), "../shared/eval/dates not present: skipped");
        DateScore m = DateEvaluation.score(TimeMlReader.readDir(md), new DateFinder());
        assertTrue(m.relaxed().f1() >= 0.80, "modern relaxed " + m.relaxed().f1());
        assertTrue(m.valueAccuracy() >= 0.75, "modern value " + m.valueAccuracy());
        DateScore t = DateEvaluation.score(TimeMlReader.readDir(tb), new DateFinder());
        assertTrue(t.valueAccuracy() >= 0.75, "timebank value " + t.valueAccuracy());
        assertTrue(t.relaxed().f1() >= 0.75, "timebank relaxed " + t.relaxed().f1());
    }
}
