package kiosque.opensearch;

import static kiosque.index.ArchiveField.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import kiosque.search.ArchiveQuery;

/**
 * Settings and mappings of an archive index on OpenSearch, field for field the Lucene archive's
 * (kiosque.index.ArchiveField): the same French chain as kiosque.index.FrenchAnalysis (standard tokenizer → elision →
 * lowercase → ASCII folding → folded French stop words → light French stemmer), names folded but not stemmed, offsets in the
 * postings for the unified highlighter, keywords for facets and exact filters.
 */
public final class ArchiveIndexSchema {
    private ArchiveIndexSchema() {}

    public static final String TEXT_ANALYZER = "kiosque_french";
    static final String NAMES_ANALYZER = "kiosque_names";
    /**
     * Reads terms that Kiosque's own analysis already produced, one per space, "_" marking a position left by a
     * stop word: phrases translated from the Lucene query keep their exact positions.
     */
    static final String ANALYZED_TERMS = "kiosque_analyzed_terms";
    static final String GAP = "_";

    static final String DATE_DAY = "date";      // date type, the first day of the published period
    static final String MENTIONED_FACET = FACET_MENTIONED;
    static final String YEAR = FACET_YEAR, MONTH = FACET_MONTH;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** The body of a create-index request. */
    public static ObjectNode create(int shards, int replicas) {
        if (shards < 1) throw new IllegalArgumentException("shards must be at least 1");
        if (replicas < 0) throw new IllegalArgumentException("replicas must be 0 or more");
        ObjectNode body = JSON.objectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        // pages as deep as the API allows (MAX_PAGE × MAX_SIZE), as on the embedded archive
        index.put("max_result_window", ArchiveQuery.MAX_PAGE * ArchiveQuery.MAX_SIZE + 1);
        index.set("analysis", analysis());
        body.set("mappings", mappings());
        return body;
    }

    /** The analysis settings (French text, names, pre-analysed terms); the benchmark's plain index uses them too. */
    public static ObjectNode analysis() {
        ObjectNode analysis = JSON.objectNode();
        ObjectNode filters = analysis.putObject("filter");
        ObjectNode elision = filters.putObject("kiosque_elision");
        elision.put("type", "elision").put("articles_case", true);
        ArrayNode articles = elision.putArray("articles");
        kiosque.index.FrenchAnalysis.ELIDED_WORDS.forEach(articles::add);
        // Folded French stop words after ASCII folding, as kiosque.index.FrenchAnalysis does (« même » and « meme » alike).
        ArrayNode stopWords = filters.putObject("kiosque_stop").put("type", "stop").putArray("stopwords");
        kiosque.index.FrenchAnalysis.foldedStopWords().forEach(stopWords::add);
        filters.putObject("kiosque_stem").put("type", "stemmer").put("language", "light_french");
        filters.putObject("kiosque_gap").put("type", "stop").putArray("stopwords").add(GAP);
        ObjectNode analyzers = analysis.putObject("analyzer");
        custom(analyzers, TEXT_ANALYZER, "standard", "kiosque_elision", "lowercase", "asciifolding", "kiosque_stop", "kiosque_stem");
        custom(analyzers, NAMES_ANALYZER, "standard", "kiosque_elision", "lowercase", "asciifolding");
        custom(analyzers, ANALYZED_TERMS, "whitespace", "kiosque_gap");
        return analysis;
    }

    private static void custom(ObjectNode analyzers, String name, String tokenizer, String... filters) {
        ObjectNode a = analyzers.putObject(name);
        a.put("type", "custom").put("tokenizer", tokenizer);
        ArrayNode chain = a.putArray("filter");
        for (String f : filters) chain.add(f);
    }

    private static ObjectNode mappings() {
        ObjectNode mappings = JSON.objectNode();
        mappings.put("dynamic", "strict");
        ObjectNode p = mappings.putObject("properties");
        p.putObject(ID).put("type", "keyword");
        for (String field : List.of(TITLE, LEDE, BODY, QUOTE))
            p.putObject(field).put("type", "text").put("analyzer", TEXT_ANALYZER).put("index_options", "offsets");
        for (String field : List.of(ACTOR_TEXT, ORG_TEXT, PLACE_TEXT, SPEAKER_TEXT))
            p.putObject(field).put("type", "text").put("analyzer", NAMES_ANALYZER);
        p.putObject(DATE_DAY).put("type", "date").put("format", "strict_date");
        p.putObject(DATE_ISO).put("type", "keyword").put("index", false).put("doc_values", false);
        for (String facet : List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_SPEAKER, FACET_YEAR, FACET_MONTH, FACET_MENTIONED,
                SPEAKER_KEY, MENTIONED_KEY))
            p.putObject(facet).put("type", "keyword");
        for (String stored : List.of(URL, SOURCE, EXTRACTION))
            p.putObject(stored).put("type", "keyword").put("index", false).put("doc_values", false);
        return mappings;
    }
}
