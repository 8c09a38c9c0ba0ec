package kiosque.extract;

import java.util.List;
import java.util.Set;

/**
 * General French usage that signals the type of a capitalised name from the words around it
 * (« M. X », « le ministre X », « à X », « le groupe X »). Shared by the extractor and the lexicon builder,
 * which uses the same cues to type names found in the corpus (silver data).
 */
final class FrenchCues {
    private FrenchCues() {}

    private static Set<String> set(String... words) { return Set.copyOf(java.util.Arrays.asList(words)); }

    /** Courtesy titles written before a name; never part of the name (modern conventions). */
    static final Set<String> TITLES = set("m", "mm", "mme", "mmes", "mlle", "mlles", "monsieur", "madame",
            "mademoiselle", "messieurs", "dr", "docteur", "me", "maître", "mgr", "monseigneur", "pr", "professeur",
            "sir", "lord", "lady", "saint-père", "abbé", "général", "colonel", "capitaine", "lieutenant",
            "commandant", "sœur", "frère", "père", "maréchal", "amiral", "sergent", "caporal", "adjudant", "comte",
            "comtesse", "vicomte", "vicomtesse", "duc", "duchesse", "baron", "baronne", "marquis", "marquise", "archiduc",
            "archiduchesse", "impératrice",
            // 19th-century press: « Mad. Bourgeois », « le sieur Martin », « la veuve Dupuis », « le citoyen Carnot »
            "mad", "sieur", "veuve", "vve", "citoyen", "citoyenne");

    /** Abbreviated titles (« M. », « Mme »): they end a capitalised run even inside it (« à Paris M. Dupont »). */
    static final Set<String> ABBREVIATED_TITLES = set("m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "me", "mgr", "pr", "mad", "vve");

    /** Nouns naming a function or a relation, which put a person's name next to them. */
    static final Set<String> ROLES = set("président", "présidente", "ministre", "premier", "secrétaire",
            "député", "députée", "sénateur", "sénatrice", "maire", "adjoint", "adjointe", "chef", "cheffe",
            "porte-parole", "candidat", "candidate", "patron", "patronne", "directeur", "directrice", "dirigeant",
            "dirigeante", "avocat", "avocate", "procureur", "procureure", "juge", "chanteur", "chanteuse", "acteur",
            "actrice", "comédien", "comédienne", "joueur", "joueuse", "entraîneur", "sélectionneur", "footballeur",
            "attaquant", "défenseur", "milieu", "gardien", "réalisateur", "réalisatrice", "journaliste", "écrivain",
            "écrivaine", "auteur", "autrice", "animateur", "animatrice", "présentateur", "présentatrice", "épouse",
            "époux", "mari", "femme", "compagne", "compagnon", "fils", "fille", "frère", "sœur", "père", "mère",
            "roi", "reine", "prince", "princesse", "pape", "ambassadeur", "ambassadrice", "conseiller",
            "conseillère", "commissaire", "préfet", "préfète", "leader", "fondateur", "fondatrice", "vice-président",
            "vice-présidente", "eurodéputé", "eurodéputée", "élu", "élue", "militant", "militante", "rapporteur",
            "philosophe", "économiste", "historien", "historienne", "sociologue", "politologue", "chercheur",
            "chercheuse", "professeur", "médecin", "infectiologue", "épidémiologiste", "champion", "championne",
            "pilote", "coureur", "rappeur", "chanteur", "star", "vedette", "humoriste", "cinéaste", "romancier",
            "romancière", "dessinateur", "styliste", "mannequin", "influenceuse", "youtubeur", "tennisman",
            "boxeur", "nageur", "nageuse", "skieur", "cycliste", "capitaine", "coach", "présidentiable",
            "ex-président", "ex-ministre", "ancien", "ancienne", "homologue", "opposant", "opposante", "successeur",
            "prédécesseur", "rival", "rivale", "suspect", "victime", "collaborateur", "collaboratrice", "délégué",
            "déléguée", "gouverneur", "sénateur", "chancelière", "chancelier", "dictateur", "imam", "rabbin",
            "évêque", "cardinal", "syndicaliste", "magistrat", "magistrate", "enquêteur", "psychiatre", "expert",
            "experte", "spécialiste", "astronaute", "milliardaire", "homme", "businessman", "fondateur",
            // functions of older news: clergy, monarchy, the courts, Swiss and consular offices
            "empereur", "curé", "pasteur", "chanoine", "archevêque", "consul", "syndic", "landammann", "accusé",
            "accusée", "prévenu", "prévenue", "feu", "généraux", "lieutenant-général", "ministres", "conseillers");

    /** First words of organisation names. */
    static final Set<String> ORG_HEADS = set("parti", "union", "association", "fédération", "federation",
            "conseil", "assemblée", "ministère", "banque", "agence", "institut", "comité", "commission",
            "organisation", "front", "mouvement", "société", "groupe", "cour", "tribunal", "sénat", "université",
            "club", "fondation", "office", "syndicat", "compagnie", "caisse", "centre", "haute", "haut", "autorité",
            "académie", "observatoire", "collectif", "confédération", "direction", "inspection", "brigade",
            "police", "gendarmerie", "armée", "église", "école", "lycée", "collège", "hôpital", "clinique",
            "musée", "théâtre", "orchestre", "radio", "télévision", "chaîne", "journal", "éditions", "laboratoire",
            "fonds", "crédit", "caisse", "mutuelle", "régie", "entreprise", "corporation", "ligue", "alliance",
            "coalition", "conférence", "secours", "croix-rouge", "restos", "france");

    /** Words before a name that make it an organisation: « le groupe X », « la chaîne X ». */
    static final Set<String> ORG_CONTEXT = set("groupe", "société", "entreprise", "club", "parti", "journal",
            "quotidien", "hebdomadaire", "mensuel", "magazine", "chaîne", "site", "association", "syndicat",
            "compagnie", "constructeur", "équipe", "ong", "firme", "géant", "banque", "enseigne", "marque",
            "opérateur", "label", "studio", "laboratoire", "fabricant", "assureur", "transporteur", "distributeur",
            "plateforme", "réseau", "agence", "mouvement", "formation", "média", "radio", "station", "institut",
            "cabinet", "fédération", "start-up", "startup", "filiale", "organisation", "ligue", "collectif",
            "cercle", "think", "tank", "fonds", "fondation", "chantier", "journaliste", "confrères", "micro");

    /** Nouns naming a company, put before its name with adjectives between (« le constructeur allemand X »). */
    static final Set<String> COMPANY_NOUNS = set("groupe", "société", "entreprise", "compagnie", "constructeur", "équipementier",
            "motoriste", "firme", "géant", "enseigne", "marque", "opérateur", "fabricant", "assureur", "transporteur", "distributeur",
            "plateforme", "réseau", "chaîne", "banque", "laboratoire", "start-up", "startup", "filiale", "éditeur", "industriel",
            "pétrolier", "sidérurgiste", "armateur", "brasseur", "avionneur", "quotidien", "hebdomadaire", "magazine", "club");

    /** Relations whose « de X » names a person (« l'épouse de X », « l'avocat de X »), unlike « le maire de X ». */
    static final Set<String> RELATIONS = set("épouse", "époux", "mari", "femme", "compagne", "compagnon", "fils", "fille",
            "frère", "sœur", "père", "mère", "avocat", "avocate", "homologue", "successeur", "prédécesseur", "rival", "rivale",
            "opposant", "opposante", "collaborateur", "collaboratrice", "conseiller", "conseillère", "proche", "proches",
            "entourage", "biographe", "admirateur", "admirateurs", "partisans", "partisan", "soutiens", "affidé",
            "veuve", "petit-fils", "petite-fille", "neveu", "nièce", "oncle", "tante", "cousin", "cousine", "assassin", "meurtrier");

    /** Words before a name that make it a place: « à X », « la ville de X ». */
    static final Set<String> PLACE_PREPOSITIONS = set("à", "en", "au", "aux", "vers", "depuis", "via");
    static final Set<String> PLACE_CONTEXT = set("ville", "commune", "région", "département", "pays",
            "capitale", "village", "quartier", "province", "état", "île", "îles", "rue", "avenue", "boulevard",
            "place", "gouvernorat", "localité", "agglomération", "métropole", "canton", "comté", "banlieue",
            "frontière", "territoire", "côte", "vallée", "massif", "lac", "fleuve", "mont", "port", "aéroport",
            "gare", "stade", "près", "environs", "habitants", "maire", "préfecture", "sud", "nord", "est", "ouest",
            "centre", "large", "départ", "direction", "arrivée", "route", "autoroute", "plage", "baie");

    /** Words after which « de X » names where someone or something comes from or lives (« arrivé de X », « on mande de X »). */
    static final Set<String> ORIGIN_WORDS = set("arrivé", "arrivée", "arrivés", "arrivées", "venu", "venue", "venus", "venues",
            "venant", "parti", "partie", "partis", "parties", "revenu", "revenue", "revenus", "retour", "originaire", "originaires",
            "natif", "native", "mande", "écrit", "écrivait", "lettre", "lettres", "nouvelles", "dépêche", "dépêches", "courrier",
            "correspondance", "correspondant", "sorti", "sortie", "éloigné", "lieues", "km", "kilomètres", "environs", "quartier",
            "district", "arrondissement", "royaume", "duché", "principauté", "comté", "évêque", "archevêque", "bourgmestre",
            "syndic", "conseil", "municipalité", "gouverneur", "consul", "port", "garnison", "siège", "prise", "ville", "canton");
    /** Words after which « pour X » is a destination (« parti pour X », « le départ pour X »). */
    static final Set<String> DEPARTURE_WORDS = set("parti", "partie", "partis", "parties", "partir", "part", "partent", "partira", "départ",
            "embarqué", "embarqués", "embarquer", "route", "repartir", "reparti", "quitté");

    /** Connectors that may sit inside a name between capitalised words (« Banque de France », « Le Pen »). */
    static final Set<String> CONNECTORS = set("de", "du", "des", "d'", "d’", "la", "le", "les", "l'", "l’",
            "von", "van", "der", "den", "al", "el", "ben", "bin", "di", "da", "dos", "do", "del", "della", "y",
            "lès", "lez", "ibn", "abou", "abu", "ter", "zu");

    /** Tokens that stop a name. */
    static boolean titleToken(String lower) {
        return TITLES.contains(lower);
    }

    /**
     * Votes for PER / ORG / LOC from the tokens right before {@code start} and right after {@code end}
     * (token indexes, end exclusive). Returns [per, org, loc].
     */
    static int[] votes(List<Token> tokens, int start, int end) {
        int per = 0, org = 0, loc = 0;
        Token first = tokens.get(start);
        if (start > 0) {
            Token p1 = tokens.get(start - 1);
            String l1 = p1.lower();
            String l2 = start > 1 ? tokens.get(start - 2).lower() : "";
            String l3 = start > 2 ? tokens.get(start - 3).lower() : "";
            if (l1.equals(".") && titleToken(l2)) per += 3;
            else if (titleToken(l1) && !l1.equals("père") && !l1.equals("frère")) per += 2;
            // « le général de Gaulle », « M. de Moustier »: a title, then the particle of the surname
            boolean particle = l1.equals("de") || l1.equals("d'") || l1.equals("d’");
            if (particle && (titleToken(l2) && !l2.equals("père") && !l2.equals("frère") || l2.equals(".") && titleToken(l3))) per += 3;
            // « le président turc X », not « le préfet de l'Oise », « le chef de l'État », « l'homme fort d'Ankara »
            if (ROLES.contains(l1) || ROLES.contains(l2) && modifier(l1) || ROLES.contains(l3) && modifier(l2) && modifier(l1)) per += 2;
            // « le maire de X » is a place, « l'épouse de X », « l'avocat de X » a person
            if (RELATIONS.contains(l2) && isOf(l1) && !l1.equals("l'") || RELATIONS.contains(l3) && isOf(l2) && !l2.equals("l'")) per += 1;
            else if (ROLES.contains(l2) && isOf(l1) || ROLES.contains(l3) && isOf(l2) || l1.equals("l'") && isOf(l2)) loc += 1;
            if (PLACE_PREPOSITIONS.contains(l1)) loc += 2;
            if ((l1.equals("de") || l1.equals("d'") || l1.equals("d’")) && PLACE_CONTEXT.contains(l2)) loc += 2;
            if (PLACE_CONTEXT.contains(l1) && !l1.equals("maire")) loc += 1;
            if ((l1.equals("de") || l1.equals("d'") || l1.equals("d’")) && ORIGIN_WORDS.contains(l2) && !PLACE_CONTEXT.contains(l2)) loc += 2;
            if (l1.equals("pour") && DEPARTURE_WORDS.contains(l2)) loc += 2;
            // « PARIS, 15 (Havas). »: the news agency of a dispatch's dateline
            if (l1.equals("(") && isNumber(l2) && l2.length() <= 2 && (l3.equals(",") || l3.equals("."))) org += 3;
            if (ORG_CONTEXT.contains(l1) || (l1.equals("de") || l1.equals("du")) && ORG_CONTEXT.contains(l2)) org += 2;
            // « le groupe finlandais X », « l'équipementier télécoms finlandais X », like « le président turc X »
            else if (COMPANY_NOUNS.contains(l2) && modifier(l1) || COMPANY_NOUNS.contains(l3) && modifier(l2) && modifier(l1)) org += 2;
            if (l1.equals("selon") || l1.equals("par")) per += 1;
            if (l1.equals("sur")) org += 1; // « sur Twitter », « sur France 2 »
        }
        String head = first.lower();
        if (ORG_HEADS.contains(head) && end - start > 1) org += 2;
        if (end - start == 1 && first.allCaps() && first.text().length() <= 6) org += 2;
        if (end < tokens.size()) {
            String n1 = tokens.get(end).lower();
            String n2 = end + 1 < tokens.size() ? tokens.get(end + 1).lower() : "";
            String n3 = end + 2 < tokens.size() ? tokens.get(end + 2).lower() : "";
            if (n1.equals(",") && (n3.equals("ans") || isNumber(n2) && n3.equals("ans"))) per += 2;
            if (n1.equals("(") && isNumber(n2) && n2.length() <= 3) per += 0; // (75) dept after place; ambiguous with ages
            if ((n1.equals("a") || n1.equals("avait")) && AttributionVerbs.isVerb(n2)) per += 2;
            if (AttributionVerbs.isVerb(n1) && !n1.equals("selon")) per += 1;
            if (n1.equals(",") && (ROLES.contains(n2) || ROLES.contains(n3) && isLowerWord(n2))) per += 2;
            // a dispatch's dateline: « Gênes, 16 août. », « LONDRES. 15 (Havas) », « Berlin 24 septembre »
            if (dateline(n1, n2, n3)) loc += 3;
            // « 12. Camenzind à 2'44 », « 1. Olano (Esp) 47'07 »: a competitor in a results list
            if (ranked(tokens, start) && end - start <= 3 && (n1.equals("(") || n1.equals("à") && !n2.isEmpty() && Character.isDigit(n2.charAt(0))
                    || n1.equals("m") && n2.equals(".") || resultSeparator(n1) && (ranked(tokens, end + 3) || n2.equals("tous") || n2.equals("même")))) per += 2;
        }
        return new int[] {per, org, loc};
    }

    /**
     * A name right after its rank in a results list: « 12. » after the start of the text or a punctuation mark
     * (« … 2'43 ". 81. M. Zberg »), not a date or an amount (« le 12. »).
     */
    static boolean ranked(List<Token> tokens, int start) {
        if (start < 2 || start > tokens.size() || !tokens.get(start - 1).text().equals(".")) return false;
        Token rank = tokens.get(start - 2);
        if (!isNumber(rank.text()) || rank.text().length() > 3 || rank.end() != tokens.get(start - 1).start()) return false;
        if (start == 2) return true;
        String before = tokens.get(start - 3).text();
        return before.equals(".") || before.equals(",") || before.equals(")") || before.equals(":") || before.equals(";") || before.equals("\"") || before.equals("»");
    }

    /** What ends one entry of a results list before the next rank or a shared time (« 23. Huser. 28. Dufaux », « 53. Hotz, tous m. t. »). */
    private static boolean resultSeparator(String l) { return l.equals(".") || l.equals(","); }

    private static boolean day(String s) { return isNumber(s) && s.length() <= 2; }

    private static boolean dateline(String n1, String n2, String n3) {
        if (day(n1)) return DateWords.isMonth(n2);
        return (n1.equals(",") || n1.equals(".")) && day(n2) && (DateWords.isMonth(n3) || n3.equals("("));
    }

    /** Prepositions and articles that link a role to its place or institution (« maire de », « préfet de l' »). */
    static final Set<String> OF = set("de", "du", "des", "d'", "d’", "l'", "l’", "la", "le", "les", "à", "au", "aux", "en", "pour", "sur", "chez");

    static boolean isOf(String l) { return OF.contains(l); }

    /** A lowercase word that can qualify a role: an adjective or a noun, not a preposition or article. */
    static boolean modifier(String l) { return isLowerWord(l) && !OF.contains(l); }

    static boolean isLowerWord(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    static boolean isNumber(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
