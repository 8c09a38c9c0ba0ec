package kiosque.extract;

import java.util.List;

/** A person, organisation or place of one article, under its canonical name, with every mention. */
public record Entity(EntityType type, String name, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }
}
