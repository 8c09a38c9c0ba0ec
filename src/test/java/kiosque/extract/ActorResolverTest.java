package kiosque.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorResolverTest {
    private static ActorResolver resolved(String... persons) {
        ActorResolver r = new ActorResolver();
        for (String p : persons) r.add(EntityType.PERSON, p);
        r.resolve();
        return r;
    }

    @Test void givenNameAloneIsTheOnePersonOfThatNameInTheArticle() {
        ActorResolver r = resolved("Johnny Hallyday", "Johnny", "Hallyday");
        assertEquals("Johnny Hallyday", r.canonical(EntityType.PERSON, "Johnny"));
        assertEquals("Johnny Hallyday", r.canonical(EntityType.PERSON, "Hallyday"));
    }

    @Test void givenNameSharedByTwoPeopleStaysAsWritten() {
        ActorResolver r = resolved("François Hollande", "François Fillon", "François", "Fillon");
        assertEquals("François", r.canonical(EntityType.PERSON, "François"));
        assertEquals("François Fillon", r.canonical(EntityType.PERSON, "Fillon"));
    }

    @Test void givenNameOfOneLongerNameTakesTheFullestForm() {
        ActorResolver r = resolved("Marine Le Pen", "Marine", "Le Pen");
        assertEquals("Marine Le Pen", r.canonical(EntityType.PERSON, "Marine"));
    }
}
