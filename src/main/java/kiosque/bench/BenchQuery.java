package kiosque.bench;

import static kiosque.index.ArchiveField.*;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import kiosque.ingest.PartialDate;
import kiosque.search.ArchiveQuery;
import kiosque.search.FacetRequest;
import kiosque.search.SortOrder;

/**
 * One query of the benchmark mix, described without reference to any engine, so that the same
 * question can be put to Kiosque over HTTP, to OpenSearch and to in-process Lucene.
 *
 * @param words     surface words as they appear in the corpus (one for prefix and fuzzy queries; none with
 *                  {@link Match#ALL} means every article, as an empty Kiosque search box does)
 * @param slop      for {@link Match#PHRASE}: 0 is an exact phrase, more allows that many moves
 * @param from      publication date lower bound, inclusive, or null
 * @param to        publication date upper bound, inclusive, or null
 * @param actor     only articles with this actor, or null
 * @param newestFirst sort by publication date, newest first, instead of relevance
 */
public record BenchQuery(String id, QueryCategory category, Match match, List<String> words, int slop,
                         LocalDate from, LocalDate to, String actor, boolean newestFirst) {

    /** How the words combine. */
    public enum Match { ALL, ANY, PHRASE, PREFIX, FUZZY }

    public BenchQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(match, "match");
        words = List.copyOf(words);
        if (words.isEmpty() && match != Match.ALL) throw new IllegalArgumentException("query " + id + ": " + match + " needs words");
        if ((match == Match.PREFIX || match == Match.FUZZY) && words.size() != 1) {
            throw new IllegalArgumentException("query " + id + ": " + match + " takes one word, got " + words);
        }
        if (slop < 0) throw new IllegalArgumentException("query " + id + ": negative slop");
    }

    /**
     * The query text in Lucene's classic syntax, which Kiosque's box and OpenSearch's query_string both read:
     * words AND-ed by default, {@code OR}, {@code "phrase"~slop}, {@code prefix*}, {@code word~}.
     */
    public String queryText() {
        return switch (match) {
            case ALL -> String.join(" ", words);
            case ANY -> String.join(" OR ", words);
            case PHRASE -> "\"" + String.join(" ", words) + "\"" + (slop > 0 ? "~" + slop : "");
            case PREFIX -> words.getFirst() + "*";
            case FUZZY -> words.getFirst() + "~";
        };
    }

    /** The facet lists every engine is asked for: actor, org and place top 10 ({@link OpenSearchRequests}), months. */
    public static final FacetRequest FACETS = new FacetRequest(
            new LinkedHashSet<>(List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_MONTH)), OpenSearchRequests.FACET_SIZE);

    /** The same question as a Kiosque {@link ArchiveQuery}: top 10 with excerpts, and {@link #FACETS}. */
    public ArchiveQuery toArchiveQuery() {
        ArchiveQuery q = ArchiveQuery.of(queryText()).withFacets(FACETS);
        if (actor != null) q = q.withActors(List.of(actor));
        if (from != null || to != null) {
            q = q.withDates(from == null ? null : PartialDate.of(from), to == null ? null : PartialDate.of(to));
        }
        if (newestFirst) q = q.withSort(SortOrder.DATE_DESC);
        return q;
    }
}
