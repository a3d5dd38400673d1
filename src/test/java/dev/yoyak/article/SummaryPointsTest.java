package dev.yoyak.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryPointsTest {

    @Test
    void numberedPointsLoseTheirNumbers() {
        assertEquals(List.of("서울시 1조 3000억원 투입", "2030년 완공 예정"),
                SummaryPoints.parse("1. 서울시 1조 3000억원 투입\n2) 2030년 완공 예정"));
    }

    @Test
    void dashBulletAndStarMarkersAreDropped() {
        assertEquals(List.of("First", "Second", "Third", "Fourth", "Fifth"),
                SummaryPoints.parse("- First\n• Second\n* Third\n·Fourth\n① Fifth"));
    }

    @Test
    void blankLinesAndIndentationAreDropped() {
        assertEquals(List.of("하나", "둘"), SummaryPoints.parse("\n   - 하나\n\n\t-   둘  \n"));
    }

    @Test
    void pointsWithoutMarkersAreKeptWhole() {
        assertEquals(List.of("1.3 trillion won goes to the hub", "-3% in exports"),
                SummaryPoints.parse("1.3 trillion won goes to the hub\n-3% in exports"));
    }

    @Test
    void windowsLineEndsSplitToo() {
        assertEquals(List.of("a", "b"), SummaryPoints.parse("1. a\r\n2. b\r\n"));
    }
}
