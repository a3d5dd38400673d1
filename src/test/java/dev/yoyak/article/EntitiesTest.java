package dev.yoyak.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import dev.yoyak.article.Entities.Entity;

/** Entity types the model makes up are brought into the documented enum. */
class EntitiesTest {

    private static String type(String raw) {
        return new Entity("서울시", "Seoul", raw).withKnownType().type();
    }

    @Test
    void knownTypesStay() {
        Entity person = new Entity("박서연", "Park Seo-yeon", Entities.PERSON);
        assertSame(person, person.withKnownType());
    }

    @Test
    void synonymsAndCaseAreNormalized() {
        assertEquals(Entities.PLACE, type(" LOCATION "));
        assertEquals(Entities.ORGANIZATION, type("Organisation"));
        assertEquals(Entities.PERSON, type("PER"));
    }

    @Test
    void unknownOrMissingTypesBecomeTerms() {
        assertEquals(Entities.TERM, type("event"));
        assertEquals(Entities.TERM, type(null));
    }
}
