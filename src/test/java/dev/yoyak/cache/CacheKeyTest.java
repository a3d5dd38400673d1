package dev.yoyak.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;

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

    @Test
    void glossaryThatReadsLikeAnotherWhenJoinedKeysApart() {
        // TreeMap.toString() printed both as {대통령=President, 윤석열=Yoon Suk Yeol}: one key, one answer for two.
        Map<String, Object> two = Map.of("glossary", new java.util.TreeMap<>(Map.of("대통령", "President",
                "윤석열", "Yoon Suk Yeol")));
        Map<String, Object> one = Map.of("glossary", new java.util.TreeMap<>(Map.of("대통령",
                "President, 윤석열=Yoon Suk Yeol")));
        assertNotEquals(CacheKey.of("서울", two, "v", "m"), CacheKey.of("서울", one, "v", "m"));
    }

    @Test
    void glossaryOrderDoesNotMatter() {
        assertEquals(CacheKey.of("서울", Map.of("glossary", Articles.glossary("대통령", "President", "윤석열", "Yoon Suk Yeol")), "v", "m"),
                CacheKey.of("서울", Map.of("glossary", Articles.glossary("윤석열", "Yoon Suk Yeol", "대통령", "President")), "v", "m"));
    }

    @Test
    void textCannotBorrowFromTheOptions() {
        assertNotEquals(CacheKey.of("서울\",\"x", Map.of(), "v", "m"), CacheKey.of("서울", Map.of("x", ""), "v", "m"));
    }

    @Test
    void anotherBuildOfTheAnswerCodeChangesTheKey() {
        assertNotEquals(CacheKey.of("build-1", "서울", OPTIONS, "v", "m"), CacheKey.of("build-2", "서울", OPTIONS, "v", "m"));
    }

    @Test
    void theBuildStampsItsAnswerVersion() {
        // Written by the build (pom.xml, maven-antrun checksum) over the answer-making classes and prompts.
        org.junit.jupiter.api.Assertions.assertTrue(AnswerVersion.current().matches("[0-9a-f]{64}"),
                AnswerVersion.current());
    }
}
