package kiosque.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Roles written next to a person's name (« le président turc Recep Tayyip Erdogan », « Edwige Roux-Morizot,
 * la procureure de Besançon »), so that a later « a déclaré le président turc » points back to that person.
 */
final class RoleMemory {
    private record Role(List<String> words, String canonical) {}

    private final List<Role> roles = new ArrayList<>();

    void learn(List<Token> tokens, NameSpan name, String canonical) {
        // before the name: « le président turc » NAME
        List<String> before = new ArrayList<>();
        for (int k = name.firstToken() - 1; k >= 0 && before.size() < 6; k--) {
            Token t = tokens.get(k);
            String l = t.lower();
            if (!t.isWord() || t.capitalised() && !FrenchCues.ROLES.contains(l) || isDeterminer(l)) break;
            before.add(0, l);
        }
        addIfRole(before, canonical);
        // after the name: NAME, « le président turc »,
        int k = name.endToken();
        if (k < tokens.size() && tokens.get(k).text().equals(",")) {
            k++;
            if (k < tokens.size() && isDeterminer(tokens.get(k).lower())) k++;
            List<String> after = new ArrayList<>();
            while (k < tokens.size() && after.size() < 6 && tokens.get(k).isWord()) {
                after.add(tokens.get(k).lower());
                k++;
            }
            addIfRole(after, canonical);
        }
    }

    private void addIfRole(List<String> words, String canonical) {
        for (int i = 0; i < words.size(); i++) {
            if (FrenchCues.ROLES.contains(words.get(i))) {
                List<String> role = new ArrayList<>(words.subList(i, words.size()));
                roles.add(new Role(role, canonical));
                return;
            }
        }
    }

    /**
     * The person a role phrase after an attribution verb designates (« le président turc » → the person
     * introduced with that role), or null when no learned role fits or two people share it.
     */
    String lookup(List<String> phrase) {
        if (phrase.isEmpty() || !FrenchCues.ROLES.contains(phrase.get(0))) return null;
        String found = null;
        for (Role r : roles) {
            if (startsWith(phrase, r.words()) || startsWith(r.words(), phrase)) {
                if (found != null && !found.equals(r.canonical())) return null; // ambiguous
                found = r.canonical();
            }
        }
        return found;
    }

    private static boolean startsWith(List<String> a, List<String> prefix) {
        if (prefix.size() > a.size()) return false;
        for (int i = 0; i < prefix.size(); i++) if (!a.get(i).equals(prefix.get(i))) return false;
        return true;
    }

    static boolean isDeterminer(String l) {
        return l.equals("le") || l.equals("la") || l.equals("l'") || l.equals("l’") || l.equals("les") || l.equals("du")
                || l.equals("de") || l.equals("des") || l.equals("au") || l.equals("un") || l.equals("une")
                || l.equals("son") || l.equals("sa") || l.equals("ses") || l.equals("d'") || l.equals("d’") || l.equals("leur")
                || l.equals("par") || l.equals("avec") || l.equals("et");
    }
}
