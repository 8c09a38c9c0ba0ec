package kiosque.extract;

import java.util.List;
import java.util.Set;

/** French verbs and phrases that attribute speech (« a déclaré », « selon », « confie-t-il »). */
final class AttributionVerbs {
    private AttributionVerbs() {}

    private static final List<String> STEMS = List.of("déclar", "affirm", "lanc", "indiqu", "estim", "expliqu",
            "ajout", "assur", "précis", "soulign", "confi", "racont", "poursui", "insist", "conclu", "martel",
            "martèl", "rappel", "dénonc", "répond", "réagi", "observ", "admet", "admis", "reconna", "reconnu",
            "avou", "annonc", "prévien", "prévenu", "tweet", "écri", "déplor", "regrett", "lâch", "résum",
            "détaill", "relat", "témoign", "confirm", "s'exclam", "exclam", "interrog", "félicit", "ironis",
            "plaid", "avert", "clam", "critiqu", "souffl", "gliss", "emport",
            "insurg", "rétorqu", "répliqu", "souten", "soutien", "constat", "disai",
            "raill", "fusti", "réclam", "exhort", "promet", "promis", "menac", "nuanc", "défend",
            "prévoi", "mentionn", "évoqu", "notai", "note", "noté",
            "ajoute", "lance", "interpell", "s'indign", "indign", "salue", "salué", "révél", "confess", "jure", "juré",
            "certifi", "démen", "s'étonn", "étonn", "s'inquièt", "inquièt", "inquiét", "répè", "répét",
            "avanc", "pointe", "pointé", "fait savoir", "faisait savoir", "écrit", "commenté", "commente", "jugé", "juge-t-il", "analyse", "demande", "tranche", "rapporte", "cite");

    private static final Set<String> EXACT = Set.of("selon", "d'après", "d’après", "dit", "dire", "disait",
            "a-t-il", "a-t-elle", "écrit");

    /** Lower-cased word, possibly with « -t-il » attached. */
    static boolean isVerb(String lower) {
        if (lower.length() < 3) return false;
        if (EXACT.contains(lower)) return true;
        String w = lower;
        int dash = w.indexOf('-');
        if (dash > 0) w = w.substring(0, dash);
        if (w.length() < 3) return false;
        char c = w.charAt(0);
        if (c >= BY_FIRST.length) return false;
        String[] stems = BY_FIRST[c];
        if (stems == null) return false;
        for (String s : stems) if (w.startsWith(s)) return true;
        return false;
    }

    /** The stems by their first letter: called on the words around every name and quote. */
    private static final String[][] BY_FIRST = new String[0x250][];
    static {
        for (String s : STEMS) {
            char c = s.charAt(0);
            String[] old = BY_FIRST[c] == null ? new String[0] : BY_FIRST[c];
            String[] grown = java.util.Arrays.copyOf(old, old.length + 1);
            grown[old.length] = s;
            BY_FIRST[c] = grown;
        }
    }
}
