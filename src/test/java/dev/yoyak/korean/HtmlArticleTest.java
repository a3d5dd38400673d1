package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;

/** HTML pages reduced to their article, then taken apart like pasted text. */
class HtmlArticleTest {

    private static Article parse(String page) {
        return ArticleParser.parse(KoreanText.normalize(HtmlArticle.text(Articles.page(page))));
    }

    @Test
    void metadataGivesHeadlineTimeAndReporter() {
        Article article = parse("marked-up.html");
        assertEquals("서울시, 바이오 창업 허브에 1조3천억원 투입", article.title());
        assertEquals("2024-07-30T11:15:00+09:00", article.publishedAt(), "UTC converted to Korea time");
        assertEquals("2024-07-30T13:40:00+09:00", article.updatedAt());
        assertEquals("홍길동", article.reporter());
    }

    @Test
    void markedArticleBodyKeepsParagraphsAndCaptions() {
        Article article = parse("marked-up.html");
        assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
        assertEquals(List.of("박서연 서울시 경제정책실장이 30일 브리핑하고 있다. (사진=서울시 제공)"), article.captions());
    }

    @Test
    void pageFurnitureAndScriptsAreInNoPart() {
        for (String page : List.of("marked-up.html", "plain-divs.html")) {
            Article article = parse(page);
            String all = String.join("\n", article.paragraphs()) + article.title() + article.captions();
            for (String noise : List.of("로그인", "회원가입", "댓글", "많이 본", "4천200억원", "회사소개", "Copyright", "광고 스크립트",
                    "페이스북", "관련 기사", "환승 할인 유지 결정", "정치")) {
                assertFalse(all.contains(noise), noise + " leaked from " + page + ": " + all);
            }
        }
    }

    @Test
    void pageWithoutMarkupIsFoundByReadability() {
        Article article = parse("plain-divs.html");
        assertEquals("가상시 지하철 요금 150원 오른다…8년 만에 인상", article.title());
        assertEquals("2024-07-30T19:05:00+09:00", article.publishedAt());
        assertEquals("홍길동", article.reporter());
        assertEquals(4, article.paragraphs().size(), article.paragraphs().toString());
        assertTrue(article.paragraphs().get(0).startsWith("[앵커] 가상시 지하철"), article.paragraphs().get(0));
    }

    @Test
    void aPageOfNothingButMarkupHasNoText() {
        assertEquals("", HtmlArticle.text("<html><head><script>x()</script></head><body><div></div></body></html>"));
    }
}
