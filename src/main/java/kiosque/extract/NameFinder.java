package kiosque.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds people, organisations and places in one text: capitalised word runs (with name connectors such as
 * « de », « Le », « d' »), the longest known name of the gazetteer, French context cues, and a last pass that
 * makes the article consistent (a name typed once is typed the same everywhere; a surname alone follows its
 * full name).
 */
final class NameFinder {
    static final int MAX_GAZETTEER_TOKENS = 7;
    private final Lexicons lex;

    NameFinder(Lexicons lex) { this.lex = lex; }

    /** Untyped name candidates: maximal capitalised runs, with leading common words removed. */
    List<NameSpan> candidates(String text, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            Token t = tokens.get(i);
            int initialsEnd = initialsEnd(text, tokens, i);
            if (initialsEnd > i) {
                // « L. Jalabert », « J. K. Rowling »: initials before a surname make a person
                int j = runEnd(text, tokens, initialsEnd);
                EntityType known = lex.gazetteer.get(key(text, tokens, initialsEnd, j));
                if (known == null || known == EntityType.PERSON) {
                    out.add(span(text, tokens, i, j, EntityType.PERSON));
                    i = j;
                    continue;
                }
            }
            if (!startsName(t)) { i++; continue; }
            int j = runEnd(text, tokens, i);
            int head = placeHead(tokens, i);
            if (head >= 0) {
                // « rue de la Paix », « mer Noire »: an address or a natural feature is one place, head included
                out.add(span(text, tokens, head, j, EntityType.PLACE));
                i = j;
                continue;
            }
            // « le comité Nobel », « la banque Kessler »: an unknown name after a lowercase institution head is an organisation
            if (i >= 2 && LOWER_ORG_HEADS.contains(tokens.get(i - 1).text())
                    && (definiteArticle(tokens.get(i - 2).lower()) || CONTRACTIONS.contains(tokens.get(i - 2).lower()))
                    && !lex.gazetteer.containsKey(key(text, tokens, i, j)) && !lex.isGivenName(t.lower())) {
                out.add(span(text, tokens, i, j, EntityType.ORGANIZATION)); // the name alone, as facets show it
                i = j;
                continue;
            }
            int team = nationalTeam(text, tokens, i, j);
            if (team >= 0) {
                out.add(span(text, tokens, team, j, EntityType.ORGANIZATION));
                i = j;
                continue;
            }
            int h = (definiteArticle(t.lower()) || CONTRACTIONS.contains(t.lower())) && j > i + 1 ? i + 1 : i;
            int inst = institutionEnd(text, tokens, h, j);
            if (inst > 0) {
                out.add(span(text, tokens, h, inst, EntityType.ORGANIZATION));
                i = inst;
                continue;
            }
            Lead lead = leadBefore(tokens, i);
            if (lead != null) {
                // « ministre de l'Intérieur Christophe Castaner »: the portfolio ends where a given name starts
                int k = firstGivenName(tokens, i, j);
                int gEnd = longestGazetteer(text, tokens, i);
                int end = gEnd > k ? gEnd : k;
                if (!lead.portfolio()) out.add(span(text, tokens, lead.head(), end, EntityType.ORGANIZATION));
                if (end < j) addStripped(text, tokens, end, j, out);
                i = Math.max(j, end);
                continue;
            }
            // a known name as long as the capitalised run or longer wins (« Banque de France »); a shorter one
            // does not cut a person's name (« Vincent » of « Vincent Harry »)
            int gEnd = longestGazetteer(text, tokens, i);
            // « LAUSANNE On nous prie… »: a heading's known name, then a sentence's capitalised common word, ends at the name
            if (gEnd > i && gEnd < j && tokens.get(gEnd - 1).allCaps() && !tokens.get(gEnd).allCaps() && lex.isCommon(tokens.get(gEnd).lower()) && !FrenchCues.CONNECTORS.contains(tokens.get(gEnd).lower())
                    && lex.gazetteer.get(key(text, tokens, i, gEnd)) != EntityType.PERSON) j = gEnd;
            if (gEnd >= j && !(gEnd == i + 1 && gEnd < n && INSTITUTIONAL.contains(tokens.get(gEnd).text())
                    && lex.gazetteer.get(key(text, tokens, i, gEnd)) == EntityType.ORGANIZATION)) {
                EntityType known = lex.gazetteer.get(key(text, tokens, i, gEnd));
                // « Europe centrale », « Suisse romande »: a place goes on with an adjective of region or language
                if (known == EntityType.PLACE && gEnd < n && REGION_ADJECTIVES.contains(tokens.get(gEnd).text())) gEnd++;
                out.add(span(text, tokens, i, gEnd, known));
                i = gEnd;
                continue;
            }
            // « la Sécurité civile », « le Samu social », « la Police nationale »: a capitalised common noun or a
            // one-word organisation, then an institutional adjective, is an organisation (French capitalises the noun only)
            if (j == i + 1 && j < n && INSTITUTIONAL.contains(tokens.get(j).text()) && !FrenchTokenizer.sentenceInitial(tokens, i, text)) {
                EntityType known = lex.gazetteer.get(ActorNames.normalizeKey(t.text()));
                if (known == EntityType.ORGANIZATION || known == null && lex.isCommon(t.lower()) && !FrenchCues.ORG_HEADS.contains(t.lower())) {
                    int end = ofPlace(text, tokens, j + 1);
                    // « Samu social 60 »: the department number
                    if (end == j + 1 && end < n && FrenchCues.isNumber(tokens.get(end).text()) && tokens.get(end).text().length() <= 3
                            && tokens.get(end).start() == tokens.get(j).end() + 1) end++;
                    out.add(span(text, tokens, i, end, EntityType.ORGANIZATION));
                    i = end;
                    continue;
                }
            }
            // « Conseil fédéral », « Banque nationale »: an organisation head goes on with its lowercase adjectives
            if (j == i + 1 && FrenchCues.ORG_HEADS.contains(t.lower()) && !t.lower().equals("france") && !FrenchTokenizer.sentenceInitial(tokens, i, text))
                while (j < n && j < i + 3 && adjective(tokens.get(j).lower())) j++;
            addStripped(text, tokens, i, j, out);
            i = j;
        }
        return out;
    }

    /** Lowercase heads of organisations named by the capitalised word after them (« le comité Nobel », « la brasserie Muller »). */
    static final Set<String> LOWER_ORG_HEADS = Set.of("comité", "banque", "compagnie", "société", "brasserie", "maison", "fabrique", "manufacture", "imprimerie");

    /** « Au Conseil national », « Du Conseil fédéral »: an article fused with « à » or « de » opening a sentence. */
    private static final Set<String> CONTRACTIONS = Set.of("au", "aux", "du", "des");

    /** Capitalised heads of institution names that go on in lowercase (« Société des nations », « Chambre des lords »). */
    static final Set<String> INSTITUTION_NAME_HEADS = Set.of("société", "sociétés", "compagnie", "banque", "conseil", "chambre",
            "chambres", "assemblée", "commission", "comité", "union", "association", "fédération", "confédération", "ligue",
            "académie", "institut", "université", "tribunal", "cour", "parti", "syndicat", "caisse", "office", "fondation",
            "département", "ministère", "direction", "mission", "conférence", "congrès", "diète", "musée", "école", "écoles");

    /** « suisse », « française », « anglaise », « allemande »: adjectives of nationality that qualify an institution. */
    private static boolean nationality(String l) {
        if (!FrenchCues.isLowerWord(l) || l.length() < 5) return false;
        for (String suffix : new String[] {"isse", "ais", "aise", "ande", "and", "oise", "ois", "aine", "ole", "ique"})
            if (l.endsWith(suffix)) return true;
        return false;
    }

    /** Words that cannot be the noun of « de X » inside an institution's name. */
    private static final Set<String> NOT_COMPLEMENT = Set.of("ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
            "notre", "nos", "votre", "vos", "mon", "ma", "mes", "tout", "tous", "toute", "toutes", "plus", "nombreux", "nombreuses",
            "certains", "quelques", "même", "autre", "autres", "deux", "trois");

    /**
     * End of an institution's name whose capitalised head goes on in lowercase: adjectives, then at most one
     * « de / des / du / de la » complement (« Banque nationale », « Société suisse des imprimeurs », « Conseil des
     * Etats »); 0 when the head is not followed by such words. A head that opens a sentence needs an article before it.
     */
    private int institutionEnd(String text, List<Token> tokens, int h, int j) {
        int n = tokens.size();
        Token head = tokens.get(h);
        if (!head.capitalised() || head.allCaps() || !INSTITUTION_NAME_HEADS.contains(head.lower()) || h + 1 >= n) return 0;
        if (h == 0 || FrenchTokenizer.sentenceInitial(tokens, h, text)) return 0;
        // « Conseil des Etats », « Société des Nations »: the capitalised run already holds the complement
        if (j > h + 1) return FrenchCues.CONNECTORS.contains(tokens.get(h + 1).lower()) ? j : 0;
        int k = h + 1, adj = 0;
        while (k < n && adj < 2 && (adjective(tokens.get(k).lower()) || nationality(tokens.get(k).lower())) && !lineBreakBetween(text, tokens.get(k - 1), tokens.get(k))) { k++; adj++; }
        if (k < n && (tokens.get(k).text().equals("de") || tokens.get(k).text().equals("des") || tokens.get(k).text().equals("du")
                || tokens.get(k).text().equals("d'") || tokens.get(k).text().equals("d’"))) {
            int p = k + 1;
            if (tokens.get(k).text().equals("de") && p < n && (tokens.get(p).text().equals("la") || tokens.get(p).text().equals("l'") || tokens.get(p).text().equals("l’"))) p++;
            if (p < n && !lineBreakBetween(text, tokens.get(k), tokens.get(p))) {
                Token c = tokens.get(p);
                if (startsName(c)) k = runEnd(text, tokens, p);
                else if (c.isWord() && FrenchCues.isLowerWord(c.text()) && c.text().length() >= 3 && !NOT_COMPLEMENT.contains(c.lower())
                        && !lex.firstNames.contains(c.lower())) {
                    k = p + 1;
                    while (k < n && k < p + 3 && adjective(tokens.get(k).lower())) k++;
                }
            }
        }
        return k > h + 1 ? k : 0;
    }

    /** Words that are followed by a letter that is no initial (« le plan B. », « l'hépatite C. »). */
    private static final Set<String> LETTER_NOUNS = Set.of("plan", "type", "catégorie", "groupe", "annexe", "vitamine", "série",
            "classe", "poule", "section", "article", "hépatite", "option", "zone", "niveau", "bâtiment", "escalier", "terminal", "lettre", "ligne", "rer", "sous");

    /**
     * The token after the initials (« L. », « J. K. ») starting at i when a surname follows them, else i. « M. » is
     * a title, and a letter after « plan » or « vitamine » no initial.
     */
    private int initialsEnd(String text, List<Token> tokens, int i) {
        if (!initial(tokens.get(i)) || i > 0 && LETTER_NOUNS.contains(tokens.get(i - 1).lower())) return i;
        int n = tokens.size();
        int k = i;
        while (k + 2 < n && initial(tokens.get(k)) && tokens.get(k + 1).text().equals(".")
                && tokens.get(k + 1).start() == tokens.get(k).end() && !lineBreakBetween(text, tokens.get(k + 1), tokens.get(k + 2))) k += 2;
        if (k == i) return i;
        Token s = tokens.get(k);
        String l = s.lower();
        if (!startsName(s) || FrenchCues.titleToken(l) || lex.firstNames.contains(l) || lex.isCommon(l) || FrenchCues.CONNECTORS.contains(l)) return i;
        return k;
    }

    private static boolean initial(Token t) {
        String s = t.text();
        return s.length() == 1 && Character.isUpperCase(s.charAt(0)) && s.charAt(0) != 'M';
    }

    /** End of the capitalised run starting at i: capitalised words, name connectors, « France 3 »-like numbers. */
    private int runEnd(String text, List<Token> tokens, int i) {
        int n = tokens.size();
        int j = i + 1;
        while (j < n) {
            Token u = tokens.get(j);
            if (lineBreakBetween(text, tokens.get(j - 1), u)) break;
            // a full-word title inside a run is a surname (« Marion Maréchal »); « M. » still ends the run
            if (startsName(u) && !FrenchCues.ABBREVIATED_TITLES.contains(u.lower())) { j++; continue; }
            // « Louis XIV », « Jean-Paul II »: a Roman numeral ends a name it cannot start
            if (romanNumeral(u.text()) || u.text().equals("V") || u.text().equals("I")) { j++; break; }
            // « Banque de France », « Bruno Le Maire »: a capitalised connector holds even before a common word
            if (FrenchCues.CONNECTORS.contains(u.lower()) && j + 1 < n && startsName(tokens.get(j + 1))
                    && (u.capitalised() || !lex.common.contains(tokens.get(j + 1).lower()))
                    && !lineBreakBetween(text, u, tokens.get(j + 1))) { j += 2; continue; }
            if (FrenchCues.isNumber(u.text()) && u.text().length() <= 2 && u.start() == tokens.get(j - 1).end() + 1
                    && (j + 1 >= n || !tokens.get(j + 1).isWord() || !DateWords.isMonth(tokens.get(j + 1).lower()))) { j++; break; }
            if (u.text().equals("+") && u.start() == tokens.get(j - 1).end()) { j++; break; }
            break;
        }
        return j;
    }

    /** Adjectives that make a region of a place (« Afrique subsaharienne », « Suisse romande »). */
    static final Set<String> REGION_ADJECTIVES = Set.of("centrale", "orientale", "occidentale", "méridionale", "septentrionale",
            "romande", "alémanique", "subsaharienne", "continentale", "métropolitaine", "insulaire", "rhénane");

    /** Adjectives that complete the name of an institution (« Sécurité civile », « Éducation nationale »). */
    static final Set<String> INSTITUTIONAL = Set.of("social", "sociale", "national", "nationale", "régional", "régionale",
            "départemental", "départementale", "municipal", "municipale", "civil", "civile", "fédéral", "fédérale",
            "territorial", "territoriale", "militaire", "populaire", "républicaine");

    /** « l'équipe de France », « la sélection d'Italie »: a country's team is an organisation, head included. */
    private int nationalTeam(String text, List<Token> tokens, int i, int j) {
        if (i < 2) return -1;
        String of = tokens.get(i - 1).text(), head = tokens.get(i - 2).text();
        if (!(of.equals("de") || of.equals("d'") || of.equals("d’")) || !(head.equals("équipe") || head.equals("sélection"))) return -1;
        return lex.gazetteer.get(key(text, tokens, i, j)) == EntityType.PLACE ? i - 2 : -1;
    }

    /**
     * End of « de l'Oise », « du Var », « de Lyon » starting at k when it names a known place (an institution's seat
     * belongs to its name: « Samu social de l'Oise »), else k.
     */
    private int ofPlace(String text, List<Token> tokens, int k) {
        int n = tokens.size(), p = k;
        if (p < n && (tokens.get(p).text().equals("de") || tokens.get(p).text().equals("du"))) p++;
        else if (p < n && (tokens.get(p).text().equals("d'") || tokens.get(p).text().equals("d’"))) p++;
        else return k;
        if (tokens.get(p - 1).text().equals("de") && p < n && (tokens.get(p).text().equals("la") || tokens.get(p).text().startsWith("l'") || tokens.get(p).text().startsWith("l’"))) p++;
        if (p >= n || !startsName(tokens.get(p))) return k;
        int e = longestGazetteer(text, tokens, p);
        return e > p && lex.gazetteer.get(key(text, tokens, p, e)) == EntityType.PLACE ? e : k;
    }

    /** Heads of an address, written before the name with or without « de » (« rue de Rivoli », « avenue Foch »). */
    static final Set<String> STREET_HEADS = Set.of("rue", "avenue", "boulevard", "quai", "route", "chemin", "allée", "impasse",
            "ruelle", "square", "esplanade", "faubourg", "passage");
    /** Natural features and sites named by a head and a capitalised word right after it (« mer Noire », « lac Léman », « place Fédérale »). */
    static final Set<String> FEATURE_HEADS = Set.of("mer", "océan", "lac", "mont", "monts", "golfe", "détroit", "cap", "massif", "col",
            "place", "quartier", "île", "îles", "canal", "pont", "fort", "glacier", "vallée");

    /** Index of the lowercase address or feature head that the capitalised run at i completes, or -1. */
    private static int placeHead(List<Token> tokens, int i) {
        if (i < 1) return -1;
        Token p1 = tokens.get(i - 1);
        if (STREET_HEADS.contains(p1.text()) || FEATURE_HEADS.contains(p1.text())) return i - 1;
        String l1 = p1.text();
        boolean of = l1.equals("de") || l1.equals("du") || l1.equals("des") || l1.equals("d'") || l1.equals("d’");
        if (of && i >= 2 && STREET_HEADS.contains(tokens.get(i - 2).text())) return i - 2;
        if ((l1.equals("la") || l1.equals("l'") || l1.equals("l’")) && i >= 3 && tokens.get(i - 2).text().equals("de")
                && STREET_HEADS.contains(tokens.get(i - 3).text())) return i - 3;
        return -1;
    }

    /** A lowercase head before a capitalised name: an institution (« ministère de la Santé ») or a portfolio. */
    private record Lead(int head, boolean portfolio) {}

    /** Institutions written with a lowercase head noun, whose name is the head and the place (one ORG). */
    static final Set<String> INSTITUTION_HEADS = Set.of("ministère", "mairie", "préfecture", "sous-préfecture", "parquet",
            "tribunal", "université", "gendarmerie", "commissariat", "conseil", "hôpital", "chu", "clinique", "ambassade",
            "consulat", "rectorat", "académie", "lycée", "collège", "musée", "cour", "aéroport", "hospitalier");
    /** Heads of a ministerial portfolio (« ministre de la Santé »): the portfolio is not an entity. */
    static final Set<String> PORTFOLIO_HEADS = Set.of("ministre", "ministres", "secrétaire", "chargé", "chargée", "délégué",
            "déléguée", "ministère", "ministérielle");
    private static final Set<String> QUALIFIERS = Set.of("appel", "instance", "grande", "police", "commerce", "justice",
            "secours", "santé", "recherche", "recherches", "incendie", "première", "instruction", "état");

    private static boolean adjective(String l) {
        return FrenchCues.isLowerWord(l) && !LINKS.contains(l) && !QUALIFIERS.contains(l) && qualifier(l);
    }

    private static final Set<String> LINKS = Set.of("de", "du", "des", "d'", "d’", "l'", "l’", "la");

    private static boolean qualifier(String l) {
        if (QUALIFIERS.contains(l) || LINKS.contains(l)) return true;
        if (!FrenchCues.isLowerWord(l)) return false;
        for (String suffix : new String[] {"al", "ale", "aux", "el", "elle", "ique", "aire", "if", "ive", "ier", "ière", "ien", "ienne"})
            if (l.endsWith(suffix)) return true;
        return false;
    }

    private static Lead leadBefore(List<Token> tokens, int i) {
        if (i < 2 || !LINKS.contains(tokens.get(i - 1).lower())) return null;
        for (int h = i - 2; h >= Math.max(0, i - 6); h--) {
            String l = tokens.get(h).lower();
            boolean ministry = l.equals("ministère");
            if (PORTFOLIO_HEADS.contains(l) && !ministry) return new Lead(h, true);
            if (INSTITUTION_HEADS.contains(l)) {
                String det = h > 0 ? tokens.get(h - 1).lower() : "";
                if (det.equals("un") || det.equals("une") || det.equals("chaque") || det.equals("aucun")) return null;
                if (l.equals("conseil") && h + 1 < i && !qualifier(tokens.get(h + 1).lower())) return null;
                if (l.equals("hospitalier")) return h > 0 && tokens.get(h - 1).lower().equals("centre") ? new Lead(h - 1, false) : null;
                return new Lead(h, false);
            }
            if (!qualifier(l)) return null;
        }
        return null;
    }

    private int firstGivenName(List<Token> tokens, int i, int j) {
        for (int k = i + 1; k < j; k++)
            if (lex.firstNames.contains(tokens.get(k).lower()) && !FrenchCues.CONNECTORS.contains(tokens.get(k - 1).lower())) return k;
        return j;
    }

    private void addStripped(String text, List<Token> tokens, int a, int b, List<NameSpan> out) {
        // drop leading common words (« Selon », « Le », « Président »), title words and page furniture (« VIDÉO »)
        while (a < b) {
            String l = tokens.get(a).lower();
            String k = key(text, tokens, a, b);
            boolean known = lex.gazetteer.containsKey(k) || a > 0 && withArticle(tokens.get(a - 1).lower(), k) != null;
            if (known) break;
            if (FrenchCues.titleToken(l) || FrenchCues.CONNECTORS.contains(l) || lex.notNames.contains(ActorNames.normalizeKey(l))
                    || lex.isCommon(l) && !(lex.firstNames.contains(l) && a + 1 < b)) { a++; continue; }
            break;
        }
        // drop trailing connectors
        while (b > a && FrenchCues.CONNECTORS.contains(tokens.get(b - 1).lower())) b--;
        if (a >= b) return;
        // a lone capital letter (« C », an initial cut from its name, OCR debris) names nothing
        if (b == a + 1 && tokens.get(a).text().length() == 1) return;
        String whole = key(text, tokens, a, b);
        if (lex.notNames.contains(whole)) return;
        // split before a given name that follows another name (« ministre de l'Intérieur Christophe Castaner »)
        for (int k = a + 1; k < b; k++) {
            String l = tokens.get(k).lower();
            String prev = tokens.get(k - 1).lower();
            if (lex.firstNames.contains(l) && !lex.firstNames.contains(prev) && !FrenchCues.CONNECTORS.contains(prev)
                    && !lex.gazetteer.containsKey(whole)) {
                addStripped(text, tokens, a, k, out);
                addStripped(text, tokens, k, b, out);
                return;
            }
        }
        EntityType known = lex.gazetteer.get(whole);
        if (known == null && a > 0) known = withArticle(tokens.get(a - 1).lower(), whole);
        // « Sdis 13 », « Samu 75 »: a known organisation with its department number
        if (known == null && b - a >= 2 && FrenchCues.isNumber(tokens.get(b - 1).text())
                && lex.gazetteer.get(key(text, tokens, a, b - 1)) == EntityType.ORGANIZATION) known = EntityType.ORGANIZATION;
        out.add(span(text, tokens, a, b, known));
    }

    /** « du Parisien », « au Monde »: the gazetteer knows the title with its article (« Le Parisien »). */
    private EntityType withArticle(String before, String key) {
        return switch (before) {
            case "du", "au", "le" -> lex.gazetteer.get("le " + key);
            case "de", "la", "à" -> lex.gazetteer.get("la " + key);
            case "des", "aux", "les" -> lex.gazetteer.get("les " + key);
            default -> null;
        };
    }

    /** Typed names of one text; {@code known} carries names already typed elsewhere in the article. */
    List<NameSpan> find(String text, List<Token> tokens) {
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan c : candidates(text, tokens)) out.add(withParticle(text, tokens, type(c, tokens)));
        coordinate(tokens, out);
        rankedOrigins(text, tokens, out);
        return out;
    }

    /**
     * « 1. Olano (Esp) », « 2. Rub (Brugg) »: in a results list, the capitalised word in brackets after a competitor
     * is his country or his town, even when it is a bare abbreviation (« (S) », « (It) »).
     */
    static void rankedOrigins(String text, List<Token> tokens, List<NameSpan> spans) {
        int n = tokens.size();
        for (int k = 0; k < spans.size(); k++) {
            NameSpan s = spans.get(k);
            int p = s.endToken();
            if (s.type() != EntityType.PERSON || p + 2 >= n || !tokens.get(p).text().equals("(") || !FrenchCues.ranked(tokens, s.firstToken())) continue;
            int a = p + 1, b = a;
            while (b < n && b < a + 3 && tokens.get(b).isWord() && Character.isUpperCase(tokens.get(b).text().charAt(0))) b++;
            if (b == a || b >= n || !(tokens.get(b).text().equals(")") || tokens.get(b).text().equals(",") || tokens.get(b).text().equals(";"))) continue;
            NameSpan origin = span(text, tokens, a, b, EntityType.PLACE);
            if (k + 1 < spans.size() && spans.get(k + 1).firstToken() < b) spans.set(k + 1, origin);
            else spans.add(k + 1, origin);
        }
    }

    /**
     * « MM. Bertoni, Micheli et Tissières », « la Prusse et la Saxe »: names joined by a comma, « et » or « ou »
     * (with an article repeated) are of one kind, so an untyped name takes the type of a typed neighbour; commas
     * alone make a list from three names on (two are often a name and its town).
     */
    static void coordinate(List<Token> tokens, List<NameSpan> spans) {
        int k = 0;
        while (k < spans.size()) {
            // a chain of names linked by commas is an enumeration only if « et » or « ou » closes it
            // (« Grandjean, Berne, 1'54 » is a name and its town)
            int end = k + 1;
            boolean closed = false;
            while (end < spans.size() && coordinated(tokens, spans.get(end - 1), spans.get(end))) {
                if (!tokens.get(spans.get(end - 1).endToken()).lower().equals(",")) closed = true;
                end++;
            }
            // three names or more in a row are a list even without « et » (« entrées à Moldava, Bazias, Kovi, Pancevo »)
            if (closed || end - k >= 3) {
                int[] votes = new int[EntityType.values().length];
                for (int m = k; m < end; m++) if (spans.get(m).type() != null) votes[spans.get(m).type().ordinal()]++;
                int best = 0;
                for (int v = 1; v < votes.length; v++) if (votes[v] > votes[best]) best = v;
                if (votes[best] > 0)
                    for (int m = k; m < end; m++)
                        if (spans.get(m).type() == null) spans.set(m, spans.get(m).withType(EntityType.values()[best]));
            }
            k = end;
        }
    }

    private static boolean coordinated(List<Token> tokens, NameSpan a, NameSpan b) {
        int gap = b.firstToken() - a.endToken();
        if (gap < 1 || gap > 2) return false;
        String l1 = tokens.get(a.endToken()).lower();
        if (!(l1.equals(",") || l1.equals("et") || l1.equals("ou"))) return false;
        if (gap == 1) return true;
        String l2 = tokens.get(a.endToken() + 1).lower();
        boolean article = definiteArticle(l2) || l2.equals("de") || l2.equals("d'") || l2.equals("d’") || l2.equals("à");
        // the article or preposition must repeat the one before the first name (« la Prusse et la Saxe »)
        return article && a.firstToken() > 0 && (tokens.get(a.firstToken() - 1).lower().equals(l2)
                || definiteArticle(l2) && definiteArticle(tokens.get(a.firstToken() - 1).lower()));
    }

    /** « le général de Gaulle », « Mme de Staël »: after a title the particle belongs to the surname. */
    private static NameSpan withParticle(String text, List<Token> tokens, NameSpan s) {
        int a = s.firstToken();
        if (s.type() != EntityType.PERSON || a < 2) return s;
        String p = tokens.get(a - 1).text();
        if (!p.equals("de") && !p.equals("d'") && !p.equals("d’")) return s;
        String t = tokens.get(a - 2).lower();
        boolean title = FrenchCues.titleToken(t) || t.equals(".") && a >= 3 && FrenchCues.titleToken(tokens.get(a - 3).lower());
        return title ? span(text, tokens, a - 1, s.endToken(), s.type()) : s;
    }

    private NameSpan type(NameSpan c, List<Token> tokens) {
        int[] v = FrenchCues.votes(tokens, c.firstToken(), c.endToken());
        int len = c.endToken() - c.firstToken();
        if (c.type() != null) {
            if (v[0] >= 3 && c.type() != EntityType.PERSON && tokens.get(c.firstToken()).capitalised()) return c.withType(EntityType.PERSON);
            // « le général Douai », « le maréchal Foch »: a title word between the article and a place's name makes it a surname
            int a = c.firstToken();
            if (c.type() == EntityType.PLACE && len == 1 && a >= 2 && FrenchCues.titleToken(tokens.get(a - 1).lower())
                    && FrenchCues.isLowerWord(tokens.get(a - 1).text())
                    && (definiteArticle(tokens.get(a - 2).lower()) || CONTRACTIONS.contains(tokens.get(a - 2).lower()))) return c.withType(EntityType.PERSON);
            return c;
        }
        EntityType longS = longSType(c.text());
        if (longS != null) return c.withType(longS);
        // « OnePlus 7T Pro McLaren Edition », « Galaxy S20 Ultra »: product and model names are no entity
        if (productName(tokens, c.firstToken(), c.endToken())) return c;
        String first = tokens.get(c.firstToken()).lower();
        // a lone word that is usually written lowercase (« Français », « État ») needs the gazetteer
        if (len == 1 && lex.isCommon(first)) return c;
        // « David m'a dit »: a given name alone, with no cue of another kind, names a person
        // (a given name the corpus mostly reads alone as no person, « à Noël », needs a person cue)
        // (a given name only the general data set knows is as often part of a title or a brand: not right after a
        // capitalised word, « Super Nanny », « la Pininfarina Battista »)
        if (len == 1 && v[1] == 0 && v[2] == 0 && lex.firstNames.contains(first) && lettersOnly(c.text()) && !tokens.get(c.firstToken()).allCaps()
                && (lex.newsGivenNames.contains(first) || !afterCapitalisedWord(tokens, c.firstToken()))
                && (v[0] > 0 || !lex.ambiguousGivenNames.contains(first))
                && !(c.firstToken() > 0 && definiteArticle(tokens.get(c.firstToken() - 1).lower()))) return c.withType(EntityType.PERSON);
        // « Roosevelt et Churchill »: the surname of a person the lexicons know by full name, with no cue of another kind
        if (len == 1 && v[1] == 0 && v[2] == 0 && lex.surnames.contains(ActorNames.normalizeKey(c.text()))
                && !(c.firstToken() > 0 && definiteArticle(tokens.get(c.firstToken() - 1).lower()))) return c.withType(EntityType.PERSON);
        // « l'Assemblée », « les Bleus »: a lone unknown word after an article is a generic noun or a demonym
        if (len == 1 && c.firstToken() > 0 && definiteArticle(tokens.get(c.firstToken() - 1).lower())) return c;
        if (len >= 2 && lex.isGivenName(first)) return c.withType(EntityType.PERSON);
        // « la modiste de Marie-Antoinette »: a compound of given names alone is a person
        if (len == 1 && first.indexOf('-') > 0 && v[1] == 0 && lex.isGivenName(first)) return c.withType(EntityType.PERSON);
        int best = v[0] >= v[1] && v[0] >= v[2] ? 0 : v[1] >= v[2] ? 1 : 2;
        if (v[best] >= 2) return c.withType(best == 0 ? EntityType.PERSON : best == 1 ? EntityType.ORGANIZATION : EntityType.PLACE);
        // « Cesare Casati », « Othmar Schoeck »: two or three capitalised words that are no common words, no
        // heading and no known place or organisation are, in news, mostly a given name and a surname
        if (len >= 2 && len <= 3 && plainNameWords(tokens, c.firstToken(), c.endToken())) return c.withType(EntityType.PERSON);
        // « MM. Peter, Chuard (Lausanne) et Maillefer (Morges) »: an unknown name followed by a known town in brackets
        // is a person and his town, as deputies and competitors are listed
        if (len <= 3 && v[1] == 0 && v[2] == 0 && townInBrackets(tokens, c.endToken())) return c.withType(EntityType.PERSON);
        // « l'incendie de Saltzbourg », « la prise d'Udine »: a lone unknown name after « de » with no other cue is
        // mostly a place in news (people come with a title or a given name)
        if (len == 1 && v[0] == 0 && v[1] == 0 && c.firstToken() >= 2 && lettersOnly(c.text()) && !tokens.get(c.firstToken()).allCaps()
                && !lex.isGivenName(first)
                && FrenchCues.isLowerWord(tokens.get(c.firstToken() - 2).lower()) && !FrenchCues.isOf(tokens.get(c.firstToken() - 2).lower())
                && ofWord(tokens.get(c.firstToken() - 1).lower())) return c.withType(EntityType.PLACE);
        // a short all-capitals word is an acronym; a long one is a heading, a dateline or a shouted word
        if (len == 1 && tokens.get(c.firstToken()).allCaps() && c.text().length() <= 5 && c.text().indexOf('-') < 0)
            return c.withType(EntityType.ORGANIZATION);
        return c;
    }

    /**
     * The type of a name that old print wrote with the long s (ſ), which OCR reads as « f » (« Conftantinople »,
     * « Afie », « Nelfon »): the known name it becomes with « s » for a lowercase « f », or « st » for « fl »
     * (« Conflantinople »); null when no such reading is known.
     */
    EntityType longSType(String name) {
        if (name.indexOf('f', 1) < 0) return null;
        String[] readings = {name.substring(0, 1) + name.substring(1).replace("fl", "st"), name.substring(0, 1) + name.substring(1).replace('f', 's')};
        for (String r : readings) {
            if (r.equals(name)) continue;
            String k = ActorNames.normalizeKey(r);
            EntityType t = lex.gazetteer.get(k);
            if (t != null) return t;
            if (lex.surnames.contains(k)) return EntityType.PERSON;
        }
        return null;
    }

    private static boolean afterCapitalisedWord(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i - 1).isWord() && tokens.get(i - 1).capitalised();
    }

    /** « (Lausanne) », « (La Chaux-de-Fonds) » right at {@code p}: a known place alone in brackets. */
    private boolean townInBrackets(List<Token> tokens, int p) {
        int n = tokens.size();
        if (p + 2 >= n || !tokens.get(p).text().equals("(") || !startsName(tokens.get(p + 1))) return false;
        int e = p + 1;
        while (e < n && e < p + 5 && !tokens.get(e).text().equals(")")) e++;
        if (e >= n || !tokens.get(e).text().equals(")") || e == p + 1) return false;
        return lex.gazetteer.get(ActorNames.normalizeKey(joined(tokens, p + 1, e))) == EntityType.PLACE;
    }

    private static String joined(List<Token> tokens, int a, int b) {
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (k > a && tokens.get(k).start() > tokens.get(k - 1).end()) sb.append(' ');
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    /** Letters, hyphens and apostrophes only, with no capital after the first letter (« McLaren » is a brand). */
    private static boolean lettersOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(Character.isLetter(ch) || ch == '-' || ch == '\'' || ch == '’')) return false;
            if (i > 0 && Character.isUpperCase(ch) && s.charAt(i - 1) != '-') return false;
        }
        return true;
    }

    private static boolean ofWord(String l) { return l.equals("de") || l.equals("d'") || l.equals("d’"); }

    private boolean plainNameWords(List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) {
            Token t = tokens.get(k);
            if (!startsName(t) || t.allCaps() || t.text().length() < 2 || lex.isCommon(t.lower())
                    || FrenchCues.ORG_HEADS.contains(t.lower())) return false;
            EntityType known = lex.gazetteer.get(ActorNames.normalizeKey(t.text()));
            if (known == EntityType.PLACE || known == EntityType.ORGANIZATION) return false;
        }
        return true;
    }

    /** Words of product and model names, written capitalised after the brand (« Pro », « Edition »). */
    static final Set<String> PRODUCT_WORDS = Set.of("Edition", "Pro", "Ultra", "Lite", "Premium", "Series");

    /** A run with a model word, or next to a model number such as « 7T » or « S20 ». */
    private static boolean productName(List<Token> tokens, int a, int b) {
        for (int k = a; k < b; k++) if (PRODUCT_WORDS.contains(tokens.get(k).text())) return true;
        return a > 0 && modelNumber(tokens.get(a - 1).text()) || b < tokens.size() && modelNumber(tokens.get(b).text());
    }

    /** Letters and digits mixed in one token (« 7T », « S20 », « A4 »), not a plain number or word. */
    static boolean modelNumber(String s) {
        boolean digit = false, letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (Character.isLetter(c)) letter = true;
            else return false;
        }
        return digit && letter && s.length() <= 5;
    }

    /** Article-level consistency: untyped names take the type their key or surname has elsewhere; the rest go. */
    static List<NameSpan> resolveUntyped(List<NameSpan> spans, Map<String, EntityType> typedKeys) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            if (s.type() != null) { out.add(s); continue; }
            EntityType t = typedKeys.get(ActorNames.normalizeKey(s.text()));
            if (t != null) out.add(s.withType(t));
        }
        return out;
    }

    static Map<String, EntityType> typedKeys(List<List<NameSpan>> sections) {
        Map<String, EntityType> keys = new HashMap<>();
        for (List<NameSpan> spans : sections)
            for (NameSpan s : spans) {
                if (s.type() == null) continue;
                keys.putIfAbsent(ActorNames.normalizeKey(s.text()), s.type());
                if (s.type() == EntityType.PERSON && s.endToken() - s.firstToken() >= 2)
                    keys.putIfAbsent(ActorNames.surnameKey(s.text()), EntityType.PERSON);
            }
        return keys;
    }

    private boolean startsName(Token t) {
        return t.isWord() && t.capitalised() && !Character.isDigit(t.text().charAt(0)) && !romanOrdinal(t.text())
                && !romanNumeral(t.text());
    }

    /** « II », « XIV »: the numbers of kings, popes and chapters, not acronyms. */
    static boolean romanNumeral(String s) {
        if (s.length() < 2) return false;
        for (int i = 0; i < s.length(); i++) if ("IVX".indexOf(s.charAt(i)) < 0) return false;
        return true;
    }

    /** « XIVe », « IIIe »: arrondissements and centuries, not names. */
    static boolean romanOrdinal(String s) {
        int i = 0;
        while (i < s.length() && "IVXLC".indexOf(s.charAt(i)) >= 0) i++;
        // one letter alone: I, V or X (« Ier », « Xe »); « Le » and « Ce » are words, not the 50th or 100th
        if (i == 0 || i == 1 && "IVX".indexOf(s.charAt(0)) < 0) return false;
        return s.substring(i).equals("e") || s.substring(i).equals("er") || s.substring(i).equals("ème");
    }

    static boolean definiteArticle(String l) {
        return l.equals("le") || l.equals("la") || l.equals("les") || l.equals("l'") || l.equals("l’");
    }

    private int longestGazetteer(String text, List<Token> tokens, int i) {
        if (lex.gazetteer.isEmpty()) return i;
        int best = i;
        int max = Math.min(tokens.size(), i + MAX_GAZETTEER_TOKENS);
        for (int j = i + 1; j <= max; j++) {
            if (j > i + 1 && lineBreakBetween(text, tokens.get(j - 2), tokens.get(j - 1))) break;
            Token last = tokens.get(j - 1);
            if (!last.isWord()) continue;
            String k = key(text, tokens, i, j);
            if (lex.gazetteer.containsKey(k)) best = j;
            else if (!lex.gazetteerPrefixes.contains(k) && !k.endsWith("'")) break;
        }
        return best;
    }

    static String key(String text, List<Token> tokens, int a, int b) {
        return WindowKeys.of(text, tokens, a, b);
    }

    private static NameSpan span(String text, List<Token> tokens, int a, int b, EntityType type) {
        int s = tokens.get(a).start(), e = tokens.get(b - 1).end();
        return new NameSpan(a, b, s, e, text.substring(s, e), type);
    }

    private static boolean lineBreakBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) if (text.charAt(k) == '\n') return true;
        return false;
    }
}
