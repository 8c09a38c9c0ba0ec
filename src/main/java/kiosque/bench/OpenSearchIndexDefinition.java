package kiosque.bench;

import java.util.List;
import java.util.Map;
import kiosque.opensearch.ArchiveIndexSchema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The OpenSearch index that matches Kiosque's Lucene index: the same French chain
 * (elision → lowercase → ASCII folding → French stop words, folded → light French stemmer),
 * keyword fields for the facets, a date, and offsets in the postings so the unified highlighter
 * does not re-analyse text. Created with refresh off and no replica, for loading.
 */
public final class OpenSearchIndexDefinition {

    /** The French text analyzer, defined once for both OpenSearch indexes by {@link ArchiveIndexSchema}. */
    static final String ANALYZER = ArchiveIndexSchema.TEXT_ANALYZER;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private OpenSearchIndexDefinition() {
    }

    public static ObjectNode forLoading(int shards) {
        ObjectNode body = JSON.objectNode();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", 0);
        index.put("refresh_interval", "-1");
        index.set("analysis", ArchiveIndexSchema.analysis());
        body.set("mappings", mappings());
        return body;
    }

    private static ObjectNode mappings() {
        ObjectNode mappings = JSON.objectNode();
        mappings.put("dynamic", "strict");
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject("id").put("type", "keyword");
        for (String field : List.of("title", "lede", "body")) {
            properties.putObject(field).put("type", "text").put("analyzer", ANALYZER).put("index_options", "offsets");
        }
        properties.putObject("date").put("type", "date").put("format", "strict_date");
        for (String facet : List.of("actor", "org", "place")) {
            properties.putObject(facet).put("type", "keyword");
        }
        return mappings;
    }

    /** The source document OpenSearch stores for one article. */
    public static Map<String, Object> source(BenchDocument doc) {
        java.util.LinkedHashMap<String, Object> source = new java.util.LinkedHashMap<>();
        source.put("id", doc.id());
        source.put("title", doc.title());
        source.put("lede", doc.lede());
        source.put("body", doc.body());
        if (doc.date() != null) source.put("date", doc.date().toString());
        source.put("actor", doc.actors());
        source.put("org", doc.orgs());
        source.put("place", doc.places());
        return source;
    }
}
