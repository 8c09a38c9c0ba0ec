package kiosque.search;

/** How hits are ordered; the API spells them relevance, date (oldest first) and -date (newest first). */
public enum SortOrder {
    RELEVANCE("relevance"), DATE_ASC("date"), DATE_DESC("-date");

    private final String param;

    SortOrder(String param) { this.param = param; }

    public String param() { return param; }

    public static SortOrder parse(String s) {
        if (s == null || s.isBlank()) return RELEVANCE;
        for (SortOrder o : values()) if (o.param.equals(s.strip())) return o;
        throw new BadQueryException("unknown sort", "sort must be relevance, date or -date, not '" + s + "'");
    }
}
