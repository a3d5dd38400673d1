package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;

class ArticleParserTest {

    private static Article parse(String text) {
        return ArticleParser.parse(KoreanText.normalize(text));
    }

    @Test
    void headlineBylineAndTimestampAreRecognised() {
        Article article = parse(Articles.NOISY);
        assertEquals("서울시, 바이오 창업 허브에 1조 3000억원 투입", article.title());
        assertEquals("홍길동 기자 2024.07.30 11:15:00", article.byline());
        assertEquals("2024-07-30T11:15:00+09:00", article.publishedAt());
    }

    @Test
    void captionsAreSetApart() {
        Article article = parse(Articles.NOISY);
        assertEquals(List.of("박서연 서울시 경제정책실장이 30일 시청에서 브리핑하고 있다. (사진=서울시 제공)",
                "(왼쪽부터) 김민수 대표, 이지은 교수, 최현우 연구원"), article.captions());
    }

    @Test
    void boilerplateIsInNoList() {
        Article article = parse(Articles.NOISY);
        String all = String.join("\n", article.paragraphs()) + String.join("\n", article.captions()) + article.title();
        for (String noise : List.of("무단전재", "ⓒ", "주요 뉴스", "많이 본 뉴스", "공유하기", "URL 복사", "구독",
                "다른 기사 제목", "hong@example.com")) {
            assertTrue(!all.contains(noise), noise + " leaked into " + all);
        }
        assertTrue(article.paragraphs().stream().noneMatch(p -> p.length() <= 1), "stray single letters dropped");
    }

    @Test
    void bodyKeepsDatelineSubheadsAndQuotesInOrder() {
        List<String> paragraphs = parse(Articles.NOISY).paragraphs();
        assertTrue(paragraphs.get(0).startsWith("[서울=가상뉴스] 서울시가 2030년까지"), paragraphs.get(0));
        assertTrue(paragraphs.contains("■ 충칭·청두와 협력 확대"), "sub-head kept as a paragraph");
        assertTrue(paragraphs.get(paragraphs.size() - 1).contains("말했다"), "the last body paragraph survives widgets");
        assertEquals(5, paragraphs.size(), paragraphs.toString());
    }

    @Test
    void pageStartingWithDatelineHasNoTitle() {
        Article article = parse("[부산=가상뉴스] 부산항의 물동량이 늘었다.\n\n항만공사는 철도 물류 덕분이라고 설명했다.");
        assertEquals("", article.title());
        assertEquals(2, article.paragraphs().size());
    }

    @Test
    void inputAndAfternoonTimestampsAreRead() {
        assertEquals("2024-05-14T21:05:00+09:00", ArticleParser.timestamp("입력 2024.05.14. 오후 9:05"));
        assertEquals("2023-01-02T08:00:00+09:00", ArticleParser.timestamp("등록 2023-01-02 08:00"));
    }
}
