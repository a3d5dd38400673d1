package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A small model's failures are caught by code, and a good translation passes. */
class TranslationValidatorTest {

    private static final String KO = "서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.";
    private static final String EN = "Seoul said on the 30th that it will invest 1.3 trillion won in support for young "
            + "entrepreneurs by 2030.";
    private static final String KO2 = "지원 대상은 만 39세 이하 창업자 500명으로, 1인당 최대 5000만원이 지급된다.";
    private static final String EN2 = "The support goes to 500 founders aged 39 or younger, each receiving up to 50 "
            + "million won.";

    private static List<String> kinds(List<Finding> checks) {
        return checks.stream().map(Finding::kind).toList();
    }

    @Test
    void aGoodTranslationPasses() {
        assertEquals(List.of(), TranslationValidator.paragraph(KO, EN));
    }

    @Test
    void theKoreanReturnedAsItsEnglishIsUntranslated() {
        assertEquals(List.of(Finding.UNTRANSLATED), kinds(TranslationValidator.paragraph(KO, KO)));
    }

    @Test
    void aKoreanSentenceLeftInTheEnglishIsUntranslated() {
        assertEquals(List.of(Finding.UNTRANSLATED),
                kinds(TranslationValidator.paragraph(KO, EN + " 지원 대상은 만 39세 이하 창업자다.")));
    }

    @Test
    void aBracketedKoreanTermIsKept() {
        assertEquals(List.of(), TranslationValidator.paragraph(KO, EN.replace("support", "support (지원)")));
        assertEquals(List.of(), TranslationValidator.paragraph(KO, EN.replace("Seoul", "Seoul (\"서울\")")));
    }

    @Test
    void chineseTheKoreanLacksIsAnotherLanguage() {
        List<Finding> checks = TranslationValidator.paragraph(KO, "首尔市表示，到2030年将投入1.3万亿韩元支持青年创业。");
        assertEquals(List.of(Finding.LANGUAGE), kinds(checks));
        assertTrue(checks.get(0).detail().contains("Chinese"), checks.get(0).detail());
        assertEquals(KO, checks.get(0).source());
        assertEquals(Finding.ERROR, checks.get(0).severity());
    }

    @Test
    void aParagraphOfChineseIsAnotherLanguageEvenWhenTheKoreanHasAHanja() {
        assertEquals(List.of(Finding.LANGUAGE), kinds(TranslationValidator.paragraph("美 " + KO,
                "首尔市表示，到2030年将投入1.3万亿韩元支持青年创业。")));
    }

    @Test
    void hanjaTheKoreanHasMayStay() {
        assertEquals(List.of(), TranslationValidator.paragraph("美 국무부는 " + KO, "The US (美) State Department: " + EN));
    }

    @Test
    void aSentenceRepeatedIsALoop() {
        String loop = EN + (" The city will also open a new centre.").repeat(5);
        assertEquals(List.of(Finding.REPETITION), kinds(TranslationValidator.paragraph(KO, loop)));
    }

    @Test
    void anEnglishFarTooShortIsFlagged() {
        assertEquals(List.of(Finding.LENGTH), kinds(TranslationValidator.paragraph(KO, "Seoul.")));
    }

    @Test
    void anEnglishHoldingTheNextParagraphBesideAnEmptyOneIsMerged() {
        List<List<Finding>> checks = TranslationValidator.chunk(List.of(KO, KO2), List.of(EN + " " + EN2, ""));
        assertEquals(List.of(Finding.ALIGNMENT), kinds(checks.get(0)));
        assertEquals(List.of(Finding.OMISSION), kinds(checks.get(1)));
    }

    @Test
    void answersShiftedByOneAreFlagged() {
        String ko3 = "시는 올해 안에 창업 공간 20곳을 새로 연다.";
        String en3 = "The city will open 20 new start-up spaces this year.";
        List<List<Finding>> checks = TranslationValidator.chunk(List.of(KO, KO2, ko3), List.of(EN2, en3, ""));
        assertEquals(List.of(Finding.ALIGNMENT), kinds(checks.get(0)));
    }

    @Test
    void aParagraphStatingANeighboursFigureIsNoShiftWhileTheNeighbourStatesItsOwn() {
        List<List<Finding>> checks = TranslationValidator.chunk(List.of(KO, KO2),
                List.of("Seoul will back young founders; 500 of them will be chosen.", EN2));
        assertEquals(List.of(), kinds(checks.get(0)));
    }

    @Test
    void wellAlignedParagraphsPass() {
        assertEquals(List.of(List.of(), List.of()), TranslationValidator.chunk(List.of(KO, KO2), List.of(EN, EN2)));
    }

    @Test
    void aSummaryWhoseEnglishIsKoreanIsFlagged() {
        List<Finding> checks = TranslationValidator.summary(KO, "서울시가 청년 창업을 지원한다.", "서울시가 청년 창업을 지원한다.", false);
        assertEquals(List.of(Finding.SUMMARY), kinds(checks));
        assertTrue(checks.get(0).detail().startsWith("summary.en"), checks.get(0).detail());
    }

    @Test
    void aSummaryWhoseKoreanIsEnglishIsFlagged() {
        assertEquals(List.of(Finding.SUMMARY), kinds(TranslationValidator.summary(KO, EN, EN, false)));
    }

    @Test
    void bulletPointsThatDoNotPairUpAreFlagged() {
        List<Finding> checks = TranslationValidator.summary(KO, "서울시 청년 지원\n1조 3000억원 투입", EN, true);
        assertEquals(List.of(Finding.SUMMARY), kinds(checks));
        assertEquals(List.of(), TranslationValidator.summary(KO, "서울시 청년 지원\n1조 3000억원 투입",
                "Seoul supports young founders\n1.3 trillion won invested", true));
    }
}
