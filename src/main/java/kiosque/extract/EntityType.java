package kiosque.extract;

/** The three kinds of named entity Kiosque facets on. */
public enum EntityType {
    PERSON("pers"), ORGANIZATION("org"), PLACE("loc");

    private final String hipe;

    EntityType(String hipe) { this.hipe = hipe; }

    /** The coarse type name used by HIPE-2020 evaluation files. */
    public String hipe() { return hipe; }
}
