package kiosque.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kiosque.ingest.Article;

/**
 * The default French extractor: names (people, organisations, places) with one canonical name per actor of
 * the article, dates mentioned resolved against the publication date, and quotations with their speaker.
 * Thread-safe: the lexicons are loaded once and only read.
 */
public final class FrenchExtractor implements Extractor {
    private final NameFinder names;
    private final Lexicons lex = Lexicons.get();
    private final DateFinder dates = new DateFinder();

    public FrenchExtractor() {
        this.names = new NameFinder(Lexicons.get());
    }

    /** The text of one section with its tokens and typed names. */
    private record Part(Section section, String text, List<Token> tokens, List<NameSpan> spans) {}

    @Override public Extraction extract(Article article) {
        List<Part> parts = new ArrayList<>(3);
        for (Section s : Section.values()) {
            String text = switch (s) {
                case TITLE -> article.title();
                case LEDE -> article.lede();
                case BODY -> article.body();
            };
            List<Token> toks = FrenchTokenizer.tokenize(text);
            parts.add(new Part(s, text, toks, names.find(text, toks)));
        }
        List<List<NameSpan>> all = parts.stream().map(Part::spans).toList();
        Map<String, EntityType> typed = NameFinder.typedKeys(all);
        List<Part> resolved = new ArrayList<>(3);
        for (Part p : parts) resolved.add(new Part(p.section(), p.text(), p.tokens(), NameFinder.resolveUntyped(p.spans(), typed)));

        // each span's key is asked for three times (majority, actors, mentions): computed once per written form
        Map<String, String> keys = new HashMap<>();
        java.util.function.Function<String, String> keyOf = name -> keys.computeIfAbsent(name, ActorNames::normalizeKey);
        Map<String, EntityType> majority = majorityTypes(resolved, keyOf);
        ActorResolver actors = new ActorResolver();
        for (Part p : resolved)
            for (NameSpan s : p.spans()) actors.add(majority.get(keyOf.apply(s.text())), s.text());
        actors.resolve();

        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> typeOf = new HashMap<>();
        List<Located> located = new ArrayList<>();
        RoleMemory roles = new RoleMemory();
        for (Part p : resolved) {
            for (NameSpan s : p.spans()) {
                EntityType t = majority.get(keyOf.apply(s.text()));
                String canonical = lex.preferred(t, actors.canonical(t, s.text()));
                String id = t + "\u0000" + canonical;
                mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(new Mention(p.section(), s.start(), s.end()));
                typeOf.put(id, t);
                located.add(new Located(p.section(), s.start(), s.end(), t, canonical));
                if (t == EntityType.PERSON) roles.learn(p.tokens(), s, canonical);
            }
        }
        mentions.forEach((id, ms) -> entities.put(id, new Entity(typeOf.get(id), id.substring(id.indexOf('\u0000') + 1), ms)));

        List<DateMention> dateMentions = new ArrayList<>();
        for (Part p : resolved) dateMentions.addAll(dates.find(p.text(), p.section(), article.date()));

        List<Quote> quotes = new ArrayList<>();
        for (Part p : resolved) quotes.addAll(new SpeakerResolver(p.section(), p.text(), located, roles).quotes());
        return new Extraction(new ArrayList<>(entities.values()), dateMentions, quotes);
    }

    /** A name mention with its resolved type and canonical name, for speaker attribution. */
    record Located(Section section, int start, int end, EntityType type, String canonical) {}

    /** One type per name across the article: the type most of its mentions got. */
    private static Map<String, EntityType> majorityTypes(List<Part> parts, java.util.function.Function<String, String> keyOf) {
        Map<String, EnumMap<EntityType, Integer>> counts = new HashMap<>();
        for (Part p : parts)
            for (NameSpan s : p.spans())
                counts.computeIfAbsent(keyOf.apply(s.text()), k -> new EnumMap<>(EntityType.class)).merge(s.type(), 1, Integer::sum);
        Map<String, EntityType> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, c.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return out;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
