package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header fields in the forms Korean outlets print them. */
class ArticleHeaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            입력 2024.07.30 11:15 수정 2024.07.30 13:40          | 2024-07-30T11:15:00+09:00 | 2024-07-30T13:40:00+09:00
            송고시간2024-07-30 11:15                             | 2024-07-30T11:15:00+09:00 | -
            기사입력 2024.07.30. 오후 9:05 기사원문                | 2024-07-30T21:05:00+09:00 | -
            입력2024.07.30. 오전 11:15 수정2024.07.30. 오후 1:40  | 2024-07-30T11:15:00+09:00 | 2024-07-30T13:40:00+09:00
            입력 2024.07.30 (19:05) 수정 2024.07.30 (20:10)       | 2024-07-30T19:05:00+09:00 | 2024-07-30T20:10:00+09:00
            승인 2024.07.30 17:20                                | 2024-07-30T17:20:00+09:00 | -
            최종수정 2024-07-31 08:00:00                          | -                         | 2024-07-31T08:00:00+09:00
            등록 2024.07.30(화) 06:00                            | 2024-07-30T06:00:00+09:00 | -
            홍길동 기자 2024.07.30 11:15                          | 2024-07-30T11:15:00+09:00 | -
            함지현 기자I 2024.07.30 11:15:00                      | 2024-07-30T11:15:00+09:00 | -
            """)
    void timesAreReadWithTheirLabels(String line, String published, String updated) {
        ArticleHeader.Times times = ArticleHeader.times(line.strip());
        assertEquals(published == null ? "" : published, times.published(), "published");
        assertEquals(updated == null ? "" : updated, times.updated(), "updated");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            홍길동 기자                                                   | 홍길동
            가상일보 홍길동 기자                                           | 홍길동
            [가상일보] 홍길동·김철수 기자                                   | 홍길동,김철수
            홍길동 기자 hong@example.com                                  | 홍길동
            홍길동 기자(hong@example.com)                                 | 홍길동
            함지현 기자I 2024.07.30 11:15:00                              | 함지현
            워싱턴=홍길동 특파원                                           | 홍길동
            (대구=가상뉴스) 홍길동 기자 = 대구시가 빈집을 정비한다고 30일 밝혔다.  | 홍길동
            [서울=가상뉴스]홍길동 기자 = 서울시가 30일 밝혔다.                | 홍길동
            [창원=가상남도일보 정하늘 기자] 창원시가 30일 밝혔다.              | 정하늘
            가상방송 뉴스 홍길동입니다.                                     | 홍길동
            지금까지 가상방송 이영호입니다.                                  | 이영호
            """)
    void reportersAreReadFromEveryForm(String line, String names) {
        assertEquals(List.of(names.split(",")), ArticleHeader.reporters(line.strip()));
    }

    @Test
    void anEdailyBylineIsTheBylineOfTheArticle() {
        Article article = ArticleParser.parse("""
                서울시, 청년 창업에 1조 3000억원 투입
                함지현 기자I 2024.07.30 11:15:00
                서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.
                지원 대상은 만 39세 이하 창업자 500명이다.""");
        assertEquals("함지현 기자I 2024.07.30 11:15:00", article.byline());
        assertEquals("함지현", article.reporter());
        assertEquals("2024-07-30T11:15:00+09:00", article.publishedAt());
    }

    @Test
    void aSentenceNamingAReporterIsNoByline() {
        assertFalse(ArticleHeader.isByline("취재기자 연결합니다. 이영호 기자!"));
        assertTrue(ArticleHeader.reporters("김 기자는 현장에 있었다고 말했다.").isEmpty());
    }
}
