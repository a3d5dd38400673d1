package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class KoreanTextTest {

    @Test
    void decomposedHangulIsComposedToNfc() {
        String decomposed = "\u1112\u1161\u11ab\u1100\u1173\u11af"; // 한글 as conjoining jamo
        assertEquals("한글", KoreanText.normalize(decomposed));
    }

    @Test
    void horizontalWhiteSpaceRunsFoldToOneSpace() {
        assertEquals("서울시가 발표했다.", KoreanText.normalize("서울시가\t\u00a0 \u3000발표했다."));
    }

    @Test
    void linesAreTrimmedAndBlankRunsFoldToOneBlankLine() {
        assertEquals("제목\n\n본문 첫 줄\n둘째 줄", KoreanText.normalize("  제목  \r\n\r\n \n\n본문 첫 줄 \n둘째 줄\n\n"));
    }

    @Test
    void whiteSpaceOnlyNormalizesToEmpty() {
        assertEquals("", KoreanText.normalize(" \n\t\u3000\n "));
    }

    @Test
    void hangulIsDetected() {
        assertTrue(KoreanText.containsHangul("GDP 성장률 2.5%"));
        assertFalse(KoreanText.containsHangul("GDP growth 2.5% 中国"));
    }

    @Test
    void paragraphsAreTheNonEmptyLines() {
        assertEquals(List.of("A", "B", "C"), KoreanText.paragraphs("A\n\n B \nC\n"));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("서울시가 발표했다.", KoreanText.normalize("서울시가\u0000 \u202E발표\u0007했다.\u202C"));
    }

    @Test
    void everyKindOfLineBreakSeparatesLines() {
        assertEquals("가\n나\n다\n\n라", KoreanText.normalize("가\r\n나\r다\u2028\n \t\n라"));
    }

    @Test
    void zeroWidthAndNoBreakSpacesFold() {
        assertEquals("서울 시청", KoreanText.normalize("서울\u200B\u00A0\uFEFF시청"));
    }
}
