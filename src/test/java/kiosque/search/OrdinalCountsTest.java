package kiosque.search;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Reused count arrays give the counts a fresh array would, whether few ordinals are touched or most. */
class OrdinalCountsTest {

    @Test void fewOrManyOrdinalsCountAsAFreshArrayWouldAndClearForTheNextAnswer() {
        OrdinalCounts counts = new OrdinalCounts(1000);
        Random random = new Random(3);
        for (int touched : new int[] {5, 100, 900, 20, 1000, 0, 50}) { // the list holds 125: beyond it, whole scans
            int[] expected = new int[1000];
            for (int i = 0; i < touched * 3; i++) {
                int ord = random.nextInt(touched == 0 ? 1 : touched) * (1000 / Math.max(1, touched));
                if (touched == 0) break;
                expected[ord]++;
                if (i % 2 == 0) counts.add(ord);
                else counts.add(ord, 1);
            }
            for (int ord = 0; ord < 1000; ord++) assertEquals(expected[ord], counts.get(ord), "ordinal " + ord);
            int[] nonZero = IntStream.range(200, 701).filter(o -> expected[o] != 0).toArray();
            assertArrayEquals(nonZero, counts.nonZero(200, 700), "ascending, within the range");
            counts.clear();
            assertArrayEquals(new int[0], counts.nonZero(0, 999));
            for (int ord = 0; ord < 1000; ord++) assertEquals(0, counts.get(ord));
        }
    }

    @Test void countsAddedUnlistedAfterListingStopsAreRankedAndClearedLikeListedOnes() {
        OrdinalCounts counts = new OrdinalCounts(1000);
        counts.add(10);
        counts.add(700);
        counts.stopListing(); // a large segment follows: counted without the list
        counts.addUnlisted(10);
        counts.addUnlisted(300);
        counts.add(999);
        assertEquals(0, counts.listRoom());
        assertArrayEquals(new int[] {10, 300, 700, 999}, counts.nonZero(0, 999));
        assertEquals(2, counts.get(10));
        List<Integer> visited = new ArrayList<>();
        counts.forEachNonZero(200, 800, (ord, count) -> visited.add(ord));
        assertEquals(List.of(300, 700), visited);
        counts.clear();
        assertArrayEquals(new int[0], counts.nonZero(0, 999));
        assertEquals(125, counts.listRoom(), "listing again for the next answer");
    }
}
