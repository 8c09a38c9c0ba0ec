package kiosque.search;

import static kiosque.index.ArchiveField.*;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which facet lists an answer carries, and how many values each by-count list holds. The search page shows them
 * all; an API client asks for the ones it draws (as one asks OpenSearch for its aggregations), and the server
 * spends nothing on the others.
 *
 * @param dims facet names among {@link #DIMS}, in the order given
 * @param size values per by-count list (actor, org, place, speaker); dates are always listed whole
 */
public record FacetRequest(Set<String> dims, int size) {
    public static final List<String> DIMS = List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_SPEAKER, FACET_YEAR, FACET_MONTH, FACET_MENTIONED);
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Spelling variants merge among this many candidates per shown value. */
    private static final int CANDIDATES_PER_VALUE = 5;

    public static final FacetRequest ALL = new FacetRequest(new LinkedHashSet<>(DIMS), DEFAULT_SIZE);
    public static final FacetRequest NONE = new FacetRequest(Set.of(), DEFAULT_SIZE);

    public FacetRequest {
        for (String d : dims)
            if (!DIMS.contains(d)) throw new BadQueryException("unknown facet", "no facet named '" + BadQueryException.abbreviate(d) + "'; facets are " + String.join(", ", DIMS) + " (or none)");
        if (size < 1 || size > MAX_SIZE)
            throw new BadQueryException("bad facet_size", "facet_size must be between 1 and " + MAX_SIZE + ", not " + size);
        dims = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(dims));
    }

    /**
     * From the API's {@code facets} values (repeated or comma-separated names, {@code none} for no facets; absent:
     * all) and its {@code facet_size} (null: the default).
     */
    public static FacetRequest parse(List<String> facets, String size) {
        int n = DEFAULT_SIZE;
        if (size != null) {
            try {
                n = Integer.parseInt(size.strip());
            } catch (NumberFormatException e) {
                throw new BadQueryException("bad facet_size", "facet_size must be a whole number, not '" + BadQueryException.abbreviate(size) + "'");
            }
        }
        Set<String> dims = new LinkedHashSet<>();
        boolean given = false;
        for (String value : facets) {
            if (value == null) continue;
            for (String name : value.split(",")) {
                String d = name.strip();
                if (d.isEmpty()) continue;
                given = true;
                if (!d.equals("none")) dims.add(d);
            }
        }
        return new FacetRequest(given ? dims : ALL.dims, n);
    }

    public boolean wants(String dim) {
        return dims.contains(dim);
    }

    public boolean any() {
        return !dims.isEmpty();
    }

    /**
     * How many top values of a by-count dimension to fetch before merging spelling variants: never fewer than for
     * the default length, so that a shorter list shows the same counts as the top of the default one.
     */
    public int candidates() {
        return Math.max(size, DEFAULT_SIZE) * CANDIDATES_PER_VALUE;
    }
}
