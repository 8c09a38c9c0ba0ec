package kiosque.index;

/** Names of the Lucene fields of an archive, in one place (as Anserini does). */
public final class ArchiveField {
    private ArchiveField() {}

    /** Unique id: indexed keyword, doc values for deterministic tie-breaks, stored. */
    public static final String ID = "id";

    // French-analysed text, offsets indexed so excerpts need no re-analysis.
    public static final String TITLE = "title";
    public static final String LEDE = "lede";
    public static final String BODY = "body";
    public static final String QUOTE = "quote";

    /** Publication date: epoch day as a point (ranges) and doc values (sorting), ISO at its precision stored. */
    public static final String DATE = "date";
    public static final String DATE_ISO = "date_iso";

    // Entity names analysed for search (acteur:erdogan), folded, unstemmed.
    public static final String ACTOR_TEXT = "actor_text";
    public static final String ORG_TEXT = "org_text";
    public static final String PLACE_TEXT = "place_text";
    public static final String SPEAKER_TEXT = "speaker_text";

    /** Folded keys for exact filters on speaker; YYYY, YYYY-MM and YYYY-MM-DD of every date mentioned. */
    public static final String SPEAKER_KEY = "speaker_key";
    public static final String MENTIONED_KEY = "mentioned_key";

    public static final String URL = "url";
    public static final String SOURCE = "source";
    /** The extraction (compact binary, JSON in older archives), for the article page and the API. */
    public static final String EXTRACTION = "extraction";

    /** Facet dimensions (sorted-set doc values). */
    public static final String FACET_ACTOR = "actor";
    public static final String FACET_ORG = "org";
    public static final String FACET_PLACE = "place";
    public static final String FACET_YEAR = "year";
    public static final String FACET_MONTH = "month";
    public static final String FACET_MENTIONED = "mentioned";
    public static final String FACET_SPEAKER = "speaker";
}
