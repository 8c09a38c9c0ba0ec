package kiosque.bench;

/** The query families of Lucene's nightly benchmarks, as the mix draws them from the corpus. */
public enum QueryCategory {
    HIGH_TERM, MEDIUM_TERM, LOW_TERM, AND_HIGH_HIGH, AND_HIGH_MEDIUM, OR_HIGH_MEDIUM, PHRASE, SLOPPY_PHRASE,
    PREFIX, FUZZY, SORTED_BY_DATE, DATE_RANGE, ACTOR_FILTERED
}
