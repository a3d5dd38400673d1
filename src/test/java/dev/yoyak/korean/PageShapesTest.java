package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.yoyak.testing.Articles;

/**
 * Pages as people paste them, one outlet style per row (sample pages written for yoyak, in
 * src/test/resources/pages): the headline, time, reporter and body size the parser must find, and the furniture
 * that must not reach the body.
 */
class PageShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            newspaper-whole-page.txt | 서울시, 바이오 창업 허브에 1조3천억원 투입 | 2024-07-30T11:15:00+09:00 | 홍길동 | 5 | 로그인;댓글;관련기사;많이 본;4천200억원;회사소개;Copyright;hong@;경제 > 산업;전체메뉴;공유
            wire.txt | 대구 군위 빈집 2천700여 곳…4천200억원 들여 되살린다 | 2024-07-30T11:15:00+09:00 | 홍길동 | 4 | 편집자주;송고시간;재판매;hong@;저작권자;끝
            broadcast-page.txt | 가상시 지하철 요금 150원 오른다…8년 만에 인상 | 2024-07-30T19:05:00+09:00 | 홍길동 | 6 | 촬영기자;Copyright;좋아요;폭염특보;메뉴;입력
            transcript.txt | - | - | 이영호 | 9 | 제보;채널 추가;02-000-1234;tip@;저작권자
            portal.txt | 반도체 수출 두 달 연속 증가…4천억달러 회복 전망 | 2024-07-30T11:15:00+09:00 | 김영수 | 3 | 기사원문;요약봇;음성 변환;kim@;Copyright;섹션 분류;아웃링크;하반기 성장률;훈훈해요;가상경제
            regional.txt | 창원 마산만에 해양 연구단지…2030년 준공 | 2024-07-30T17:20:00+09:00 | 정하늘 | 3 | 발행인;sky@;저작권자;다른기사;대표전화
            newspaper-text-copy.txt | 서울시, 바이오 창업 허브에 1조 3000억원 투입 | 2024-07-30T11:15:00+09:00 | 홍길동 | 5 | 무단전재;주요 뉴스;많이 본 뉴스;공유하기;URL 복사;다른 기사 제목;hong@
            """)
    void pageIsTakenApart(String page, String headline, String publishedAt, String reporter, int paragraphs,
            String mustNotAppear) {
        Article article = ArticleParser.parse(KoreanText.normalize(Articles.page(page)));
        String body = String.join("\n", article.paragraphs());
        assertAll(
                () -> assertEquals(headline == null ? "" : headline, article.title(), "headline"),
                () -> assertEquals(publishedAt == null ? "" : publishedAt, article.publishedAt(), "time"),
                () -> assertEquals(reporter, article.reporter(), "reporter"),
                () -> assertEquals(paragraphs, article.paragraphs().size(), "paragraphs: " + body),
                () -> assertAll(Arrays.stream(mustNotAppear.split(";")).map(String::strip)
                        .map(noise -> () -> assertFalse(body.contains(noise), noise + " in the body: " + body))));
    }
}
