package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.yoyak.testing.AttackerTexts;

/**
 * Every text step an article goes through (normalization, page parsing, chunking, sentence splitting, figure
 * checks on both languages) finishes quickly on an attacker's 100 KB body: no regex recursion per repetition, no
 * quadratic re-scan. A stack overflow or a minutes-long parse would fail the preemptive timeout.
 */
class AttackerTextTest {

    static Stream<AttackerTexts.Named> texts() {
        return AttackerTexts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("texts")
    void everyTextStepIsBounded(AttackerTexts.Named input) {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            String text = KoreanText.normalize(input.text());
            Article article = ArticleParser.parse(text);
            List<String> paragraphs = article.paragraphs().isEmpty() ? List.of(text) : article.paragraphs();
            Chunker.plan(paragraphs, 250, 1200, 300, 4);
            for (String paragraph : paragraphs) {
                SentenceSplitter.split(paragraph);
                // The model may echo the source: the English side is read with the same text.
                FidelityChecks.of(paragraph, paragraph);
            }
        });
    }

    private static final String PARAGRAPH = "<p>서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.</p>";

    @Test
    void aPageNestedDeeperThanTheLimitIsRefusedNamingIt() {
        String page = "<html><body>" + "<div>".repeat(20_000) + PARAGRAPH + "</div>".repeat(20_000) + "</body></html>";
        HtmlArticle.PageTooComplexException refused = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(HtmlArticle.PageTooComplexException.class, () -> HtmlArticle.text(page)));
        assertTrue(refused.getMessage().contains(String.valueOf(HtmlArticle.MAX_DEPTH)), refused.getMessage());
    }

    @Test
    void aPageOfFortyThousandSiblingsIsReadWithoutReadability() {
        String page = "<html><body>" + "<div>가</div>".repeat(40_000) + PARAGRAPH + "</body></html>";
        String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlArticle.text(page));
        assertTrue(text.contains("1조 3000억원을 투입한다고"), "the article survives");
    }

    @Test
    void fiveThousandParagraphsSixtyFourDeepAreReadWithoutReadability() {
        String page = "<html><body>" + "<div>".repeat(64) + PARAGRAPH.repeat(5_000) + "</div>".repeat(64) + "</body></html>";
        String text = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlArticle.text(page));
        assertTrue(text.contains("1조 3000억원을 투입한다고"), "the article survives");
    }

    @Test
    void aTitleEndingInAHundredThousandSeparatorsIsCutQuickly() {
        String page = "<html><head><meta property=\"og:site_name\" content=\"가상일보\"><title>서울시 발표"
                + " -".repeat(50_000) + " 가상일보</title></head><body>" + PARAGRAPH + "</body></html>";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> HtmlArticle.text(page));
    }
}
