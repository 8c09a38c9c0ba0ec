package kiosque.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kiosque.extract.DateFinder;
import org.junit.jupiter.api.Test;

/** How the date evaluation counts: weeks and seasons, day parts typed TIME, and the error listing. */
class DateEvaluationTest {

    @Test void weeksAndSeasonsAreRightWhenOurMonthOrYearHoldsThem() {
        assertEquals(Optional.of("1999-07"), GoldPeriods.smallestHolder("1999-W27")); // 5–11 July 1999
        assertEquals(Optional.of("2003"), GoldPeriods.smallestHolder("2003-W05"));     // 27 Jan – 2 Feb 2003
        assertEquals(Optional.of("2003-02"), GoldPeriods.smallestHolder("2003-W05-WE")); // 1–2 Feb 2003
        assertEquals(Optional.of("2018"), GoldPeriods.smallestHolder("2018-SU"));
        assertEquals(Optional.empty(), GoldPeriods.smallestHolder("2018-WI"));
        assertEquals(Optional.empty(), GoldPeriods.smallestHolder("XXXX-SU"));
        assertEquals(Optional.empty(), GoldPeriods.smallestHolder("2018-03"));
    }

    @Test void aDayInsideATimeExpressionIsNeitherMatchNorFalseAlarm() {
        // 2003-02-23 is a Sunday
        String text = "Le feu a pris hier soir. La mairie avait voté le 3 mars 2001 et en 1998.";
        int hier = text.indexOf("hier soir"), mars = text.indexOf("le 3 mars 2001"), y = text.indexOf("1998");
        var doc = new TimeMlDocument("d", "2003-02-23", text, List.of(
                new TimeMlDocument.Timex("TIME", "2003-02-22TEV", hier, hier + 9),
                new TimeMlDocument.Timex("DATE", "2001-03-03", mars, mars + 14),
                new TimeMlDocument.Timex("DATE", "1998", y, y + 4)));
        List<DateError> errors = new ArrayList<>();
        DateScore s = DateEvaluation.score(List.of(doc), new DateFinder(), errors);
        assertEquals(1, s.onTime());
        assertEquals(2, s.relaxed().predicted(), errors.toString());
        assertEquals(2, s.relaxed().truePositives());
        assertEquals(1, s.strict().truePositives(), "« en 1998 » overlaps the gold « 1998 »: relaxed only");
        assertEquals(1.0, s.valueAccuracy());
        assertEquals(List.of(DateError.Kind.SPAN), errors.stream().map(DateError::kind).toList());
    }

    /** Regression floors on the shared sets, at the targets. */
    @Test void sharedDateSets() throws Exception {
        Path tb = Path.of("../shared/eval/dates/frtimebank-dev"), md = Path.of("../shared/eval/dates/modern-dev");
        assumeTrue(Files.isDirectory(tb) && Files.isDirectory(md), "../shared/eval/dates not present: skipped");
        DateScore t = DateEvaluation.score(TimeMlReader.readDir(tb), new DateFinder());
        assertTrue(t.relaxed().f1() >= 0.85, "timebank relaxed " + t.relaxed().f1());
        assertTrue(t.valueAccuracy() >= 0.75, "timebank value " + t.valueAccuracy());
        DateScore m = DateEvaluation.score(TimeMlReader.readDir(md), new DateFinder());
        assertTrue(m.relaxed().f1() >= 0.85, "modern relaxed " + m.relaxed().f1());
        assertTrue(m.valueAccuracy() >= 0.85, "modern value " + m.valueAccuracy());
    }
}
