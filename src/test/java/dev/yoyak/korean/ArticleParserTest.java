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
        assertEquals("2024-05-14T21:05:00+09:00", ArticleHeader.timestamp("입력 2024.05.14. 오후 9:05"));
        assertEquals("2023-01-02T08:00:00+09:00", ArticleHeader.timestamp("등록 2023-01-02 08:00"));
    }

    @Test
    void editorsNoteIsKeptApartFromHeadlineAndBody() {
        Article article = parse(Articles.page("wire.txt"));
        assertTrue(article.note().startsWith("<※ 편집자주 = "), article.note());
        assertTrue(article.title().startsWith("대구 군위 빈집"), article.title());
        assertTrue(article.paragraphs().stream().noneMatch(p -> p.contains("편집자주")));
    }

    @Test
    void aCaptionEndingInItsCreditIsACaption() {
        assertEquals(List.of("대구 군위군의 빈집 모습 [대구시 제공. 재판매 및 DB 금지]"),
                parse(Articles.page("wire.txt")).captions());
    }

    @Test
    void updatedTimeIsReadApart() {
        assertEquals("2024-07-30T13:40:00+09:00", parse(Articles.page("newspaper-whole-page.txt")).updatedAt());
    }

    @Test
    void loneSpeakerLabelsJoinTheirParagraph() {
        List<String> paragraphs = parse("[앵커]\n오늘 오후 도심에 폭우가 쏟아져 도로가 잠겼습니다.\n<기자>\n네, 현장에 나와 있습니다. 비가 계속 내리고 있습니다.")
                .paragraphs();
        assertEquals(List.of("[앵커] 오늘 오후 도심에 폭우가 쏟아져 도로가 잠겼습니다.", "<기자> 네, 현장에 나와 있습니다. 비가 계속 내리고 있습니다."),
                paragraphs);
    }

    @Test
    void proseMentioningLoginsInsideTheBodyIsKept() {
        Article article = parse("""
                가상은행 앱 개편…로그인 절차 간소화
                홍길동 기자
                가상은행이 모바일 앱을 전면 개편한다고 30일 밝혔다.
                이용자는 앱에 로그인한 뒤 한 번의 인증으로 모든 메뉴를 쓸 수 있다.
                은행은 연말까지 가입자 500만명을 목표로 한다.""");
        assertEquals(3, article.paragraphs().size(), article.paragraphs().toString());
    }
}
