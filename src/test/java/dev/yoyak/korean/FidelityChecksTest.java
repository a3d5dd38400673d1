package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FidelityChecksTest {

    private static final String KO = "서울시가 2030년까지 1조 3000억원을 들여 60만㎡ 단지를 짓는다. 매년 150여 개 기업을 유치한다.";

    @Test
    void faithfulTranslationHasNoFindings() {
        String en = "Seoul will spend 1.3 trillion won by 2030 to build a 600,000 m² complex. "
                + "It will attract more than 150 companies a year.";
        assertEquals(List.of(), FidelityChecks.of(KO, en));
    }

    @Test
    void spelledOutDigitsAreAcceptedToo() {
        String en = "Seoul will spend 1,300,000,000,000 won by 2030 on a 600 thousand square meter complex. "
                + "It will attract over 150 firms each year.";
        assertEquals(List.of(), FidelityChecks.of(KO, en));
    }

    @Test
    void mangledAmountIsReported() {
        String en = "Seoul will spend 13 trillion won by 2030 to build a 600,000 m² complex. It will attract 150 firms.";
        List<Finding> checks = FidelityChecks.of(KO, en);
        assertEquals(1, checks.size(), checks.toString());
        assertEquals("number", checks.get(0).kind());
        assertEquals("1조 3000억원", checks.get(0).source());
        assertTrue(checks.get(0).detail().contains("1.3 trillion"), checks.get(0).detail());
    }

    @Test
    void emptyTranslationIsAnError() {
        Finding check = FidelityChecks.of(KO, " ").get(0);
        assertEquals("omission", check.kind());
        assertEquals("error", check.severity());
    }

    @Test
    void droppedSentencesAreReported() {
        String ko = "첫째 문장이다. 둘째 문장이다. 셋째 문장이다. 넷째 문장이다.";
        List<Finding> checks = FidelityChecks.of(ko, "Only the first sentence.");
        assertEquals("omission", checks.get(0).kind());
    }

    @Test
    void datesAreMatchedByMonthName() {
        assertEquals(List.of(), FidelityChecks.of("7월 30일 발표했다.", "It was announced on July 30."));
        assertEquals(1, FidelityChecks.of("7월 30일 발표했다.", "It was announced on June 30.").size());
    }

    @Test
    void smallCountsMayBeWords() {
        assertEquals(List.of(), FidelityChecks.of("3명이 다쳤다.", "Three people were injured."));
    }
}
