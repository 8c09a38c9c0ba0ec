package kiosque.index;

import static kiosque.index.ArchiveField.*;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.extract.DateMention;
import kiosque.extract.Entity;
import kiosque.extract.EntityType;
import kiosque.extract.Extraction;
import kiosque.extract.Quote;
import kiosque.extract.Section;
import kiosque.ingest.Article;
import kiosque.ingest.PartialDate;
import org.apache.lucene.analysis.Analyzer;
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

    /** Tokenized, with offsets in the postings so excerpts need no re-analysis; the text is stored by a field of its own. */
    static final FieldType INDEXED_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        INDEXED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        INDEXED_WITH_OFFSETS.freeze();
    }

    /** The writer's French analysis of title, lede and body, taken here so that quote words are recorded on the way. */
    private static final Analyzer TEXT = FrenchAnalysis.textPerField();

    /**
     * Facet dimensions; entity dimensions hold several values per article. Filters drill down on a value
     * (« actor/Emmanuel Macron »), never on a whole dimension, so only the full path is indexed as a drill-down term:
     * Lucene's default also writes the dimension's own term once per value, postings no search reads.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : List.of(FACET_ACTOR, FACET_ORG, FACET_PLACE, FACET_MENTIONED, FACET_SPEAKER, FACET_YEAR, FACET_MONTH)) {
            config.setMultiValued(dim, !dim.equals(FACET_YEAR) && !dim.equals(FACET_MONTH)); // one publication date
            config.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.FULL_PATH_ONLY);
        }
        return config;
    }

    static Document toDocument(Article a, Extraction x) {
        validateId(a.id());
        Document doc = new Document();
        doc.add(new StringField(ID, a.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        QuoteTokens quoteWords = new QuoteTokens(x.quotes(), Map.of(Section.TITLE, a.title(), Section.LEDE, a.lede(), Section.BODY, a.body()));
        addText(doc, TITLE, a.title(), Section.TITLE, quoteWords);
        addText(doc, LEDE, a.lede(), Section.LEDE, quoteWords);
        addText(doc, BODY, a.body(), Section.BODY, quoteWords);
        if (a.url() != null) doc.add(new StoredField(URL, a.url()));
        if (a.source() != null) doc.add(new StoredField(SOURCE, a.source()));

        PartialDate date = a.date();
        if (date != null) {
            long day = date.start().toEpochDay();
            doc.add(new LongPoint(DATE, day));
            doc.add(new NumericDocValuesField(DATE, day));
            doc.add(new StoredField(DATE_ISO, date.iso()));
            doc.add(new SortedSetDocValuesFacetField(FACET_YEAR, year(date.year())));
            if (date.monthIso() != null) doc.add(new SortedSetDocValuesFacetField(FACET_MONTH, date.monthIso()));
        }

        addEntities(doc, x);
        addQuotes(doc, x.quotes(), quoteWords);
        addMentionedDates(doc, x.dates());
        doc.add(new StoredField(EXTRACTION, StoredExtraction.encode(x)));
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

    /** Stored as given; indexed with offsets from the French analysis, the quote words recorded on the way. */
    private static void addText(Document doc, String field, String text, Section section, QuoteTokens quoteWords) {
        doc.add(new StoredField(field, text));
        doc.add(new Field(field, quoteWords.recording(section, TEXT.tokenStream(field, text)), INDEXED_WITH_OFFSETS));
    }

    private static void addQuotes(Document doc, List<Quote> quotes, QuoteTokens quoteWords) {
        if (quoteWords.any()) doc.add(new Field(QUOTE, quoteWords.replay(), TextField.TYPE_NOT_STORED));
        for (Quote q : quoteWords.unplaced) doc.add(new TextField(QUOTE, q.text(), Field.Store.NO));
        Set<String> speakers = new HashSet<>();
        for (Quote q : quotes) {
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
            String year = year(v.year());
            keys.add(year);
            if (v.month() != 0) keys.add(v.monthIso());
            keys.add(v.iso());
            facets.add(v.month() != 0 ? v.monthIso() : year);
        }
        for (String k : keys) doc.add(new StringField(MENTIONED_KEY, k, Field.Store.NO));
        for (String f : facets) doc.add(new SortedSetDocValuesFacetField(FACET_MENTIONED, f));
    }

    /** The year on four digits (1..9999, as PartialDate ensures), without String.format's parsing per call. */
    static String year(int year) {
        String digits = Integer.toString(year);
        return digits.length() < 4 ? "0".repeat(4 - digits.length()) + digits : digits;
    }

    /**
     * Facet labels are single-line and bounded; the facet module rejects empty ones. Each run of ASCII control
     * characters becomes one space; a loop rather than a regular expression, as this runs for every entity.
     */
    static String facetValue(String name) {
        String s = name;
        for (int i = 0; i < name.length(); i++) {
            if (isControl(name.charAt(i))) {
                s = withoutControls(name);
                break;
            }
        }
        s = s.strip();
        return s.length() > MAX_FACET_VALUE ? s.substring(0, MAX_FACET_VALUE) : s;
    }

    private static boolean isControl(char c) {
        return c < 0x20 || c == 0x7F;
    }

    private static String withoutControls(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean inRun = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isControl(c)) out.append(c);
            else if (!inRun) out.append(' ');
            inRun = isControl(c);
        }
        return out.toString();
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

    /** The stored extraction: compact binary ({@link StoredExtraction}), or JSON in archives written before it. */
    public static Extraction toExtraction(Document doc) {
        BytesRef binary = doc.getBinaryValue(EXTRACTION);
        return binary != null ? StoredExtraction.decode(binary) : ExtractionCodec.decode(doc.get(EXTRACTION));
    }
}
