package kiosque.extract;

import java.util.List;

/** Everything Kiosque extracts from one article. */
public record Extraction(List<Entity> entities, List<DateMention> dates, List<Quote> quotes) {
    public static final Extraction EMPTY = new Extraction(List.of(), List.of(), List.of());

    public Extraction {
        entities = List.copyOf(entities);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
    }

    /** Canonical names of one type, in order of first appearance, each once. */
    public List<String> names(EntityType type) {
        return entities.stream().filter(e -> e.type() == type).map(Entity::name).distinct().toList();
    }
}
