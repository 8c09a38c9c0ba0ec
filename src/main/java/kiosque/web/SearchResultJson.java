package kiosque.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import kiosque.search.FacetValue;
import kiosque.search.Hit;
import kiosque.search.SearchResult;

/**
 * A search answer written field by field with Jackson's streaming generator: the shape the data-binding mapper gives
 * the records (same names, same order, nulls kept), without its reflective walk over every hit and facet value on the
 * busiest route.
 */
final class SearchResultJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private SearchResultJson() {}

    static byte[] utf8(SearchResult r) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(8192);
             JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("total", r.total());
            g.writeNumberField("took_ms", r.tookMs());
            g.writeFieldName("hits");
            if (r.hits() == null) g.writeNull();
            else {
                g.writeStartArray();
                for (Hit h : r.hits()) hit(g, h);
                g.writeEndArray();
            }
            g.writeFieldName("facets");
            if (r.facets() == null) g.writeNull();
            else {
                g.writeStartObject();
                for (Map.Entry<String, List<FacetValue>> e : r.facets().entrySet()) {
                    g.writeFieldName(e.getKey());
                    if (e.getValue() == null) {
                        g.writeNull();
                        continue;
                    }
                    g.writeStartArray();
                    for (FacetValue v : e.getValue()) {
                        g.writeStartObject();
                        g.writeStringField("value", v.value());
                        g.writeNumberField("count", v.count());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeStringField("next", r.next());
            g.writeEndObject();
            g.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a search answer as JSON", e);
        }
    }

    private static void hit(JsonGenerator g, Hit h) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", h.id());
        g.writeStringField("title", h.title());
        g.writeStringField("date", h.date());
        g.writeStringField("url", h.url());
        strings(g, "excerpts", h.excerpts());
        strings(g, "actors", h.actors());
        strings(g, "places", h.places());
        strings(g, "orgs", h.orgs());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeFieldName(name);
        if (values == null) {
            g.writeNull();
            return;
        }
        g.writeStartArray();
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
