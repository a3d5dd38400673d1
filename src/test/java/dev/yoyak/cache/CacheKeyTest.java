package dev.yoyak.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CacheKeyTest {

    private static final Map<String, Object> OPTIONS = Map.of("summarySentences", 3);

    @Test
    void sameInputsGiveTheSameKey() {
        assertEquals(CacheKey.of("서울", OPTIONS, "v1", "m"), CacheKey.of("서울", OPTIONS, "v1", "m"));
    }

    @Test
    void changedPromptVersionChangesTheKey() {
        assertNotEquals(CacheKey.of("서울", OPTIONS, "v1", "m"), CacheKey.of("서울", OPTIONS, "v2", "m"));
    }

    @Test
    void changedModelChangesTheKey() {
        assertNotEquals(CacheKey.of("서울", OPTIONS, "v1", "m1"), CacheKey.of("서울", OPTIONS, "v1", "m2"));
    }

    @Test
    void changedOptionChangesTheKey() {
        assertNotEquals(CacheKey.of("서울", OPTIONS, "v1", "m"),
                CacheKey.of("서울", Map.of("summarySentences", 4), "v1", "m"));
    }

    @Test
    void optionOrderDoesNotMatter() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", 2);
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", 2);
        ba.put("a", 1);
        assertEquals(CacheKey.of("서울", ab, "v", "m"), CacheKey.of("서울", ba, "v", "m"));
    }

    @Test
    void partsCannotBleedIntoEachOther() {
        // Without length prefixes "ab"+"c" and "a"+"bc" would hash the same bytes.
        assertNotEquals(CacheKey.of("서울", OPTIONS, "ab", "c"), CacheKey.of("서울", OPTIONS, "a", "bc"));
    }
}
