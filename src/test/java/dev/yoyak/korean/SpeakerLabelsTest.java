package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broadcast labels stay labels in English, whatever the model wrote. */
class SpeakerLabelsTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [앵커] 폭우가 쏟아졌습니다.  | [Anchor] Heavy rain fell.          | [Anchor] Heavy rain fell.
            [앵커] 폭우가 쏟아졌습니다.  | Heavy rain fell.                   | [Anchor] Heavy rain fell.
            [앵커] 폭우가 쏟아졌습니다.  | [앵커] Heavy rain fell.             | [Anchor] Heavy rain fell.
            [앵커] 폭우가 쏟아졌습니다.  | Anchor: Heavy rain fell.           | [Anchor] Heavy rain fell.
            <기자> 현장입니다.          | <Reporter> I am at the scene.       | [Reporter] I am at the scene.
            ◀ 리포트 ▶ 요금이 오릅니다. | Fares will rise.                    | [Report] Fares will rise.
            [김철수 / 교통과장 : 줄이겠습니다.] | Kim Cheol-su / traffic chief: We will cut it. | [Kim Cheol-su / traffic chief: We will cut it.]
            서울시가 밝혔다.            | Seoul said so.                      | Seoul said so.
            """)
    void labelIsKept(String korean, String english, String expected) {
        assertEquals(expected, SpeakerLabels.keep(korean.strip(), english.strip()));
    }
}
