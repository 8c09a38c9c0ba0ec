package kiosque.search;

import java.util.Arrays;

/**
 * How many collected documents carry each global facet ordinal. Arrays are borrowed from the view's pool and given
 * back cleared: a fresh one per answer was a fifth of the server's allocation (79,000 ordinals on OrangeSum), and
 * its zeroing and the scans of whole ordinal ranges cost a search with a few hundred hits more than its counting.
 * While few ordinals are touched they are also listed, so that clearing and ranking only visit those.
 */
final class OrdinalCounts {
    private final int[] counts;
    /** The ordinals counted so far, in first-touched order; null once there are too many to be worth listing. */
    private int[] touched;
    private final int[] touchedArray;
    private int touchedSize;

    OrdinalCounts(int size) {
        this.counts = new int[size];
        this.touchedArray = new int[Math.max(16, size / 8)];
        this.touched = touchedArray;
    }

    int get(int ord) {
        return counts[ord];
    }

    void add(int ord) {
        if (counts[ord]++ == 0) listFirstTouch(ord);
    }

    /** Adds {@code count} documents to one ordinal (a segment's count, mapped to its global ordinal by the caller). */
    void add(int ord, int count) {
        if (count == 0) return;
        if (counts[ord] == 0) listFirstTouch(ord);
        counts[ord] += count;
    }

    /**
     * Counts one ordinal without listing it: for a pass that will touch more ordinals than the list holds anyway. The
     * first-touch test of {@link #add(int)} depends on the count just read, and for the thousands of documents of a
     * frequent word it is mispredicted often enough to cost more than the counting itself.
     */
    void addUnlisted(int ord) {
        counts[ord]++;
    }

    /** Stops listing: ranking and clearing scan whole ordinal ranges from now on (see {@link #addUnlisted}). */
    void stopListing() {
        touched = null;
    }

    /** How many ordinals the list can still take before it would be dropped. */
    int listRoom() {
        return touched == null ? 0 : touched.length - touchedSize;
    }

    private void listFirstTouch(int ord) {
        if (touched == null) return;
        if (touchedSize == touched.length) touched = null;
        else touched[touchedSize++] = ord;
    }

    /** The ordinals in [start, end] with a non-zero count, ascending. */
    int[] nonZero(int start, int end) {
        if (touched != null) {
            int[] out = new int[touchedSize];
            int n = 0;
            for (int i = 0; i < touchedSize; i++) {
                int ord = touched[i];
                if (ord >= start && ord <= end) out[n++] = ord;
            }
            out = Arrays.copyOf(out, n);
            Arrays.sort(out);
            return out;
        }
        int[] out = new int[end - start + 1];
        int n = 0;
        for (int ord = start; ord <= end; ord++) if (counts[ord] != 0) out[n++] = ord;
        return Arrays.copyOf(out, n);
    }

    /** What {@link #forEachNonZero} hands each ordinal with a count. */
    interface Visitor {
        void visit(int ord, int count);
    }

    /**
     * Visits the ordinals in [start, end] with a non-zero count, in no set order, without the array {@link #nonZero}
     * makes: past the listed ordinals that array covered whole ranges (120 KB for the actors), per dimension and answer.
     */
    void forEachNonZero(int start, int end, Visitor visitor) {
        if (touched != null) {
            for (int i = 0; i < touchedSize; i++) {
                int ord = touched[i];
                if (ord >= start && ord <= end) visitor.visit(ord, counts[ord]);
            }
            return;
        }
        for (int ord = start; ord <= end; ord++) if (counts[ord] != 0) visitor.visit(ord, counts[ord]);
    }

    /** Back to all zeros, ready for the next answer. */
    void clear() {
        if (touched != null) {
            for (int i = 0; i < touchedSize; i++) counts[touched[i]] = 0;
        } else {
            Arrays.fill(counts, 0);
        }
        touched = touchedArray;
        touchedSize = 0;
    }
}
