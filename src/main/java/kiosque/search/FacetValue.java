package kiosque.search;

/** One entry of a facet list: a value and how many matching articles carry it. */
public record FacetValue(String value, long count) {}
