package kiosque.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One canonical name per actor of an article. A person's shorter forms (« Erdogan », « Tayyip Erdogan ») map
 * to the fullest form that contains them (« Recep Tayyip Erdogan »); ties go to the first written. Other
 * names merge on their accent- and case-folded key.
 */
final class ActorResolver {
    private final Map<EntityType, LinkedHashMap<String, String>> forms = new HashMap<>(); // key → first surface
    private final Map<String, String> canonical = new HashMap<>();

    void add(EntityType type, String text) {
        forms.computeIfAbsent(type, t -> new LinkedHashMap<>()).putIfAbsent(ActorNames.normalizeKey(text), text);
    }

    void resolve() {
        forms.forEach((type, byKey) -> {
            List<String> keys = new ArrayList<>(byKey.keySet());
            for (String k : keys) {
                String best = k;
                if (type == EntityType.PERSON) {
                    String[] words = k.split(" ");
                    int bestLen = words.length;
                    for (String other : keys) {
                        String[] ow = other.split(" ");
                        if (ow.length > bestLen && contains(ow, words)) { best = other; bestLen = ow.length; }
                    }
                    if (best.equals(k) && words.length == 1) best = onlyNameGivenAs(k, keys);
                }
                canonical.put(type + "|" + k, byKey.get(best));
            }
        });
    }

    /**
     * « Johnny » in an article that names « Johnny Hallyday » and no other Johnny: the given name alone is that
     * person. With two people of that given name (« François Hollande », « François Fillon ») it stays as written.
     */
    private static String onlyNameGivenAs(String given, List<String> keys) {
        String found = null;
        for (String other : keys) {
            if (!other.startsWith(given + " ")) continue;
            if (found != null && !other.startsWith(found + " ") && !found.startsWith(other + " ")) return given;
            if (found == null || other.length() > found.length()) found = other;
        }
        return found == null ? given : found;
    }

    /** The canonical surface of a name of this article. */
    String canonical(EntityType type, String text) {
        String c = canonical.get(type + "|" + ActorNames.normalizeKey(text));
        return c == null ? text : c;
    }

    /** True when the short name's words appear in order in the long one and end on the same surname. */
    private static boolean contains(String[] longName, String[] shortName) {
        if (shortName.length == 1) {
            // a single word stands for the surname (given names alone are too ambiguous)
            return longName[longName.length - 1].equals(shortName[0]);
        }
        if (!longName[longName.length - 1].equals(shortName[shortName.length - 1])) return false;
        int j = 0;
        for (String w : longName) if (j < shortName.length && w.equals(shortName[j])) j++;
        return j == shortName.length;
    }
}
