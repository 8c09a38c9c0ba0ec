package kiosque.opensearch;

import static kiosque.index.ArchiveField.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.Extraction;
import kiosque.extract.Quote;
import kiosque.index.ExtractionCodec;
import kiosque.index.NameKey;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import kiosque.search.StoredArticle;

/** An article and its extraction as the OpenSearch document (_source) holds them, and back. */
final class ArticleSource {
    private ArticleSource() {}

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int MAX_ID_LENGTH = 512;
    private static final int MAX_FACET_VALUE = 200;

    static ObjectNode of(Article a, Extraction x) {
        if (a.id().length() > MAX_ID_LENGTH) throw new IllegalArgumentException("id longer than " + MAX_ID_LENGTH + " characters");
        if (a.id().chars().anyMatch(Character::isISOControl)) throw new IllegalArgumentException("id contains control characters");
        ObjectNode doc = JSON.objectNode();
        doc.put(ID, a.id());
        doc.put(TITLE, a.title());
        doc.put(LEDE, a.lede());
        doc.put(BODY, a.body());
        if (a.url() != null) doc.put(URL, a.url());
        if (a.source() != null) doc.put(SOURCE, a.source());
        PartialDate date = a.date();
        if (date != null) {
            doc.put(ArchiveIndexSchema.DATE_DAY, date.start().toString());
            doc.put(DATE_ISO, date.iso());
            doc.put(FACET_YEAR, String.format("%04d", date.year()));
            if (date.monthIso() != null) doc.put(FACET_MONTH, date.monthIso());
        }
        Set<String> actors = new LinkedHashSet<>(), orgs = new LinkedHashSet<>(), places = new LinkedHashSet<>();
        for (Entity e : x.entities()) {
            String name = facetValue(e.name());
            if (name.isEmpty()) continue;
            switch (e.type()) {
                case PERSON -> actors.add(name);
                case ORGANIZATION -> orgs.add(name);
                case PLACE -> places.add(name);
            }
        }
        names(doc, FACET_ACTOR, ACTOR_TEXT, actors);
        names(doc, FACET_ORG, ORG_TEXT, orgs);
        names(doc, FACET_PLACE, PLACE_TEXT, places);

        ArrayNode quotes = doc.putArray(QUOTE);
        Set<String> speakers = new LinkedHashSet<>();
        for (Quote q : x.quotes()) {
            quotes.add(q.text());
            if (q.speaker() != null && !facetValue(q.speaker()).isEmpty()) speakers.add(facetValue(q.speaker()));
        }
        names(doc, FACET_SPEAKER, SPEAKER_TEXT, speakers);
        ArrayNode speakerKeys = doc.putArray(SPEAKER_KEY);
        speakers.stream().map(NameKey::of).distinct().forEach(speakerKeys::add);

        Set<String> keys = new LinkedHashSet<>(), facets = new LinkedHashSet<>();
        for (DateMention d : x.dates()) {
            PartialDate v = d.value();
            if (v == null) continue;
            keys.add(String.format("%04d", v.year()));
            if (v.month() != 0) keys.add(v.monthIso());
            keys.add(v.iso());
            facets.add(v.month() != 0 ? v.monthIso() : String.format("%04d", v.year()));
        }
        keys.forEach(doc.putArray(MENTIONED_KEY)::add);
        facets.forEach(doc.putArray(FACET_MENTIONED)::add);
        doc.put(EXTRACTION, ExtractionCodec.encode(x));
        return doc;
    }

    private static void names(ObjectNode doc, String facet, String text, Set<String> names) {
        ArrayNode f = doc.putArray(facet), t = doc.putArray(text);
        for (String n : names) {
            f.add(n);
            t.add(n);
        }
    }

    /** Facet labels are single-line and bounded, as in the Lucene archive. */
    static String facetValue(String name) {
        String s = name.replaceAll("[\\p{Cntrl}\\u001F]+", " ").strip();
        return s.length() > MAX_FACET_VALUE ? s.substring(0, MAX_FACET_VALUE) : s;
    }

    static StoredArticle toStored(JsonNode source) {
        String iso = text(source, DATE_ISO);
        Article a = new Article(text(source, ID), text(source, TITLE), text(source, LEDE), text(source, BODY),
                iso == null ? null : PartialDate.parse(iso), text(source, URL), text(source, SOURCE));
        return new StoredArticle(a, ExtractionCodec.decode(text(source, EXTRACTION)));
    }

    static String text(JsonNode source, String field) {
        JsonNode n = source.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    static List<String> list(JsonNode source, String field) {
        List<String> out = new ArrayList<>();
        JsonNode n = source.get(field);
        if (n == null) return out;
        if (n.isArray()) n.forEach(v -> out.add(v.asText()));
        else if (!n.isNull()) out.add(n.asText());
        return out;
    }
}
