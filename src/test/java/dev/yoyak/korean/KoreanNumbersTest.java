package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import dev.yoyak.korean.KoreanNumbers.Kind;
import dev.yoyak.korean.KoreanNumbers.Quantity;

/** Real-world forms of figures in Korean news, each with the value and kind the parser must read. */
class KoreanNumbersTest {

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            총 1조 3000억원을 투입한다                | 1300000000000 | AMOUNT
            1조3000억 원 규모                        | 1300000000000 | AMOUNT
            12조3천억 번의 계산                       | 12300000000000 | AMOUNT
            1억1천만 달러 짜리                        | 110000000     | AMOUNT
            60만㎡ 부지                              | 600000        | AMOUNT
            20억달러를 투자                           | 2000000000    | AMOUNT
            4500억원을 들여                           | 450000000000  | AMOUNT
            2만명의 인재                             | 20000         | AMOUNT
            3천명이 참가                             | 3000          | AMOUNT
            1,200명이 모였다                         | 1200          | AMOUNT
            150여 개 기업                            | 150           | AMOUNT
            150여명이 숨졌다                          | 150           | AMOUNT
            1200만 TEU를 처리                        | 12000000      | AMOUNT
            5000만원의 벌금                          | 50000000      | AMOUNT
            3억5000만 유로                           | 350000000     | AMOUNT
            약 2.5조원                              | 2500000000000 | AMOUNT
            0.5%포인트 올랐다                        | 0.5           | PERCENT_POINT
            성장률은 8.5%였다                        | 8.5           | PERCENT
            3.2 퍼센트 하락                          | 3.2           | PERCENT
            지지율 45%를 기록                        | 45            | PERCENT
            2024년 예산                             | 2024          | YEAR
            1992년에 중단했다                        | 1992          | YEAR
            7월 30일 발표                           | 730           | DATE
            12월 1일부터                            | 1201          | DATE
            1.5배 늘었다                            | 1.5           | AMOUNT
            10만 가구에 공급                         | 100000        | AMOUNT
            30만 톤의 쌀                            | 300000        | AMOUNT
            3시간 동안                              | 3             | AMOUNT
            1조 달러 시장                           | 1000000000000 | AMOUNT
            10억 위안                              | 1000000000    | AMOUNT
            7000만 배럴                             | 70000000      | AMOUNT
            2천억 엔                               | 200000000000  | AMOUNT
            500㎞ 떨어진                            | 500           | AMOUNT
            6천여 명이                              | 6000          | AMOUNT
            14억 인구                              | 1400000000    | AMOUNT
            3,500억원대                            | 350000000000  | AMOUNT
            1억 2천만명                             | 120000000     | AMOUNT
            20개국 정상                             | 20            | AMOUNT
            50만 달러                              | 500000        | AMOUNT
            9만8천명                               | 98000         | AMOUNT
            2.3%의 성장                             | 2.3           | PERCENT
            800MW급 발전소                          | 800           | AMOUNT
            4천200억원을 투입                        | 420000000000  | AMOUNT
            1조5천억원 규모                          | 1500000000000 | AMOUNT
            2천700여 곳이 문을 닫았다                 | 2700          | AMOUNT
            3천800개 기업                           | 3800          | AMOUNT
            2천7백만 원                             | 27000000      | AMOUNT
            4천 200억 원                            | 420000000000  | AMOUNT
            1억2천300만 명                           | 123000000     | AMOUNT
            아파트 12동을 짓는다                      | 12            | AMOUNT
            객실 300실 규모                          | 300           | AMOUNT
            지상 49층 건물                           | 49            | AMOUNT
            500병상 규모                             | 500           | AMOUNT
            3개월 만에                              | 3             | AMOUNT
            미사일 2발을 쐈다                         | 2             | AMOUNT
            의석 108석                              | 108           | AMOUNT
            세 명이 다쳤다                           | 3             | AMOUNT
            두 배로 늘었다                           | 2             | AMOUNT
            스물다섯 살 청년                          | 25            | AMOUNT
            열두 곳에서                              | 12            | AMOUNT
            0.25%p 인상                             | 0.25          | PERCENT_POINT
            1.5%포인트 하락                          | 1.5           | PERCENT_POINT
            30~40% 늘었다                           | 30            | PERCENT
            2천~3천 명이 모였다                       | 2000          | AMOUNT
            2천~3천억원을 들여                        | 200000000000  | AMOUNT
            5~6만명 규모                            | 50000         | AMOUNT
            """)
    void readsTheFirstFigure(String text, String value, Kind kind) {
        List<Quantity> found = KoreanNumbers.find(text.strip());
        assertFalse(found.isEmpty(), "nothing found in " + text);
        Quantity first = found.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(first.value()), text + " read as " + first);
        assertEquals(kind, first.kind(), text);
    }

    @Test
    void aRangeGivesBothEnds() {
        List<Quantity> found = KoreanNumbers.find("2천~3천억원을 들여 30~40% 늘린다");
        assertEquals(List.of("200000000000", "300000000000", "30", "40"),
                found.stream().map(q -> q.value().toPlainString()).toList());
    }

    @Test
    void ordinalsAndIdiomsAreNotSpelledCounts() {
        assertTrue(KoreanNumbers.find("세 번째 회의에서 한 번 더 논의했다").isEmpty());
    }

    @Test
    void approximateFormsAreMarked() {
        assertTrue(KoreanNumbers.find("150여 개 기업").get(0).approximate());
        assertTrue(KoreanNumbers.find("약 300명이").get(0).approximate());
        assertFalse(KoreanNumbers.find("300명이").get(0).approximate());
    }

    @Test
    void plainDaysAndOrdinalsAreNotFigures() {
        assertTrue(KoreanNumbers.find("30일 밝혔다. 1위를 차지했다.").isEmpty());
    }

    @Test
    void everyFigureOfASentenceIsFoundInOrder() {
        List<Quantity> found = KoreanNumbers.find("서울시는 2030년까지 1조 3000억원을 들여 60만㎡ 단지를 짓고 150여 개 기업을 유치한다.");
        assertEquals(List.of("2030년", "1조 3000억원", "60만㎡", "150여 개"), found.stream().map(Quantity::text).toList());
    }
}
