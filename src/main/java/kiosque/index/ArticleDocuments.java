package kiosque.index;

import static kiosque.index.ArchiveField.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Quote;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Maps an article and its extraction to one Lucene document, and a stored document back to the article. */
public final class ArticleDocuments {
    private ArticleDocuments() {}

    /** Ids are keywords: keep them well under Lucene's 32 KB term limit and free of control characters. */
    public static final int MAX_ID_LENGTH = 512;
    private static final int MAX_FACET_VALUE = 200;

    /** Stored, tokenized, with offsets in the postings so excerpts need no re-analysis. */
    static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** Facet dimensions; entity dimensions hold several values per article. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_MENTIONED, FACET_SPEAKER)) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    static Document toDocument(Article a, Extraction x) {
        validateId(a.id());
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        doc.add(new Field(TITLE, a.title(), TEXT_WITH_OFFSETS));
        doc.add(new Field(LEDE, a.lede(), TEXT_WITH_OFFSETS));
        doc.add(new Field(BODY, a.body(), TEXT_WITH_OFFSETS));
        if (a.url() != null) doc.add(new StoredField(URL, a.url()));
        if (a.source() != null) doc.add(new StoredField(SOURCE, a.source()));

        PartialDate date = a.date();
        if (date != null) {
            long day = date.start().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE_ISO, date.iso()));
            doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, String.format("%04d", date.year())));
            if (date.monthIso() != null) doc.add(new SortedSetDocValuesFacetField(FACET_MONTH, date.monthIso()));
        }

        addEntities(doc, x);
        addQuotes(doc, x.quotes());
        addMentionedDates(doc, x.dates());
        doc.add(new StoredField(EXTRACTION, ExtractionCodec.encode(x)));
        return doc;
    }

    static void validateId(String id) {
        if (id.length() > MAX_ID_LENGTH) throw new IllegalArgumentException("id longer than " + MAX_ID_LENGTH + " characters");
        if (id.chars().anyMatch(Character::isISOControl)) throw new IllegalArgumentException("id contains control characters");
    }

    private static void addEntities(Document doc, Extraction x) {
        Set<String> seen = new HashSet<>();
        for (Entity e : x.entities()) {
            String name = facetValue(e.name());
            if (name.isEmpty() || !seen.add(e.type() + "\u0000" + name)) continue;
            String dim = switch (e.type()) {
                case PERSON -> FACET_ACTOR;
                case ORGANIZATION -> FACET_ORG;
                case PLACE -> FACET_PLACE;
            };
            String textField = switch (e.type()) {
                case PERSON -> ACTOR_TEXT;
                case ORGANIZATION -> ORG_TEXT;
                case PLACE -> PLACE_TEXT;
            };
            doc.add(new SortedSetDocValuesFacetField(dim, name));
            doc.add(new StoredField(dim, name));
            doc.add(new TextField(textField, name, Field.Store.NO));
        }
    }

    private static void addQuotes(Document doc, List<Quote> quotes) {
        Set<String> speakers = new HashSet<>();
        for (Quote q : quotes) {
            doc.add(new TextField(QUOTE, q.text(), Field.Store.NO));
            if (q.speaker() == null) continue;
            String speaker = facetValue(q.speaker());
            if (!speaker.isEmpty() && speakers.add(speaker)) {
                doc.add(new SortedSetDocValuesFacetField(FACET_SPEAKER, speaker));
                doc.add(new StringField(SPEAKER_KEY, NameKey.of(speaker), Field.Store.NO));
                doc.add(new TextField(SPEAKER_TEXT, speaker, Field.Store.NO));
            }
        }
    }

    private static void addMentionedDates(Document doc, List<DateMention> dates) {
        Set<String> keys = new HashSet<>();
        Set<String> facets = new HashSet<>();
        for (DateMention d : dates) {
            PartialDate v = d.value();
            if (v == null) continue;
            keys.add(String.format("%04d", v.year()));
            if (v.month() != 0) keys.add(v.monthIso());
            keys.add(v.iso());
            facets.add(v.month() != 0 ? v.monthIso() : String.format("%04d", v.year()));
        }
        for (String k : keys) doc.add(new StringField(MENTIONED_KEY, k, Field.Store.NO));
        for (String f : facets) doc.add(new SortedSetDocValuesFacetField(FACET_MENTIONED, f));
    }

    /** Facet labels are single-line and bounded; the facet module rejects empty ones. */
    private static String facetValue(String name) {
        String s = name.replaceAll("[\\p{Cntrl}\\u001F]+", " ").strip();
        return s.length() > MAX_FACET_VALUE ? s.substring(0, MAX_FACET_VALUE) : s;
    }

    /** Names stored for one entity type, for result lists (no JSON decoding per hit). */
    public static List<String> storedNames(Document doc, EntityType type) {
        String dim = switch (type) {
            case PERSON -> FACET_ACTOR;
            case ORGANIZATION -> FACET_ORG;
            case PLACE -> FACET_PLACE;
        };
        return List.of(doc.getValues(dim));
    }

    public static Article toArticle(Document doc) {
        String iso = doc.get(DATE_ISO);
        return new Article(doc.get(ID), doc.get(TITLE), doc.get(LEDE), doc.get(BODY),
                iso == null ? null : PartialDate.parse(iso), doc.get(URL), doc.get(SOURCE));
    }

    public static Extraction toExtraction(Document doc) {
        return ExtractionCodec.decode(doc.get(EXTRACTION));
    }
}
