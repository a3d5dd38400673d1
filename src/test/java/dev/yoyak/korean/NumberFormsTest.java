package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every written form of a Korean figure, checked both ways: the right English passes, a wrong one is flagged. */
class NumberFormsTest {

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("정부는 4천200억원을 투입한다.", "The government will spend 420 billion won.",
                        "The government will spend 20 billion won."),
                Arguments.of("1조5천억원 규모의 펀드를 만든다.", "It will set up a fund worth 1.5 trillion won.",
                        "It will set up a fund worth 1 trillion won."),
                Arguments.of("전국 2천700여 곳이 문을 닫았다.", "More than 2,700 places closed nationwide.",
                        "More than 700 places closed nationwide."),
                Arguments.of("3천800개 기업이 참여했다.", "3,800 companies took part.", "800 companies took part."),
                Arguments.of("1억2천300만 명이 봤다.", "123 million people watched it.", "120 million people watched it."),
                Arguments.of("사고로 세 명이 다쳤다.", "Three people were injured in the accident.",
                        "Four people were injured in the accident."),
                Arguments.of("수출이 두 배로 늘었다.", "Exports doubled.", "Exports tripled."),
                Arguments.of("스물다섯 살 청년이 구조됐다.", "A 25-year-old man was rescued.", "A 35-year-old man was rescued."),
                Arguments.of("매출이 30~40% 늘었다.", "Sales rose 30-40%.", "Sales rose 30-50%."),
                Arguments.of("2천~3천 명이 모였다.", "Between 2,000 and 3,000 people gathered.",
                        "Between 2,000 and 5,000 people gathered."),
                Arguments.of("2천~3천억원을 들인다.", "It will cost 200 to 300 billion won.", "It will cost 2 to 3 billion won."),
                Arguments.of("금리를 0.25%포인트 올렸다.", "It raised the rate by 0.25 percentage point.",
                        "It raised the rate by 0.25%."),
                Arguments.of("실업률은 1.2%p 내렸다.", "Unemployment fell 1.2 pp.", "Unemployment fell 2.1 pp."),
                Arguments.of("아파트 12동을 짓는다.", "Twelve apartment buildings will be built.",
                        "Ten apartment buildings will be built."),
                Arguments.of("객실 300실 규모다.", "It has 300 rooms.", "It has 30 rooms."),
                Arguments.of("지상 49층 건물이다.", "The building has 49 floors.", "The building has 59 floors."),
                Arguments.of("미사일 2발을 쐈다.", "It fired two missiles.", "It fired three missiles."),
                Arguments.of("3개월 만에 재개됐다.", "It resumed after three months.", "It resumed after six months."));
    }

    @ParameterizedTest(name = "{0} ← {1}")
    @MethodSource("forms")
    void theRightEnglishPasses(String korean, String right, String wrong) {
        assertEquals(List.of(), FidelityChecks.of(korean, right));
    }

    @ParameterizedTest(name = "{0} ← {2}")
    @MethodSource("forms")
    void aWrongFigureIsFlagged(String korean, String right, String wrong) {
        List<Finding> checks = FidelityChecks.of(korean, wrong);
        assertFalse(checks.isEmpty(), "no finding for " + wrong);
        assertEquals("number", checks.get(0).kind());
    }
}
