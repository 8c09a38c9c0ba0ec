package kiosque.extract;

import java.util.Set;

/** French month and weekday names, and the words one of which every date expression holds when it holds no digit. */
final class DateWords {
    private DateWords() {}

    private static final Set<String> MONTHS = Set.of("janvier", "février", "fevrier", "mars", "avril", "mai", "juin",
            "juillet", "août", "aout", "septembre", "octobre", "novembre", "décembre", "decembre");

    private static final Set<String> WEEKDAYS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche");

    /**
     * Months, weekdays, seasons, relative days (« aujourd'hui », « hier », « demain », « ce matin », « cet après-midi »,
     * « la veille », « le lendemain ») and the units of relative periods (« la semaine dernière », « le week-end »,
     * « l'an dernier », « il y a dix jours »), lower case. Hyphens and apostrophes split words, so « week », « aujourd ».
     */
    static final Set<String> KEYS = union(MONTHS, WEEKDAYS, Set.of("été", "hiver", "automne", "printemps",
            "aujourd", "hier", "demain", "matin", "soir", "nuit", "midi", "veille", "lendemain",
            "jour", "jours", "semaine", "semaines", "week", "mois", "an", "ans", "année", "années"));

    static boolean isMonth(String lower) { return MONTHS.contains(lower); }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : sets) all.addAll(s);
        return Set.copyOf(all);
    }
}
