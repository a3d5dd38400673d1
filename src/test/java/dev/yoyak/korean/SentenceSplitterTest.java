package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;

class SentenceSplitterTest {

    @Test
    void splittingThenJoiningReproducesEveryCorpusLineExactly() {
        for (String line : Corpus.korean()) {
            assertEquals(line, String.join("", SentenceSplitter.split(line)));
        }
    }

    @Test
    void twoPlainSentencesAreTwo() {
        assertEquals(List.of("서울시가 발표했다. ", "시민들은 환영했다."),
                SentenceSplitter.split("서울시가 발표했다. 시민들은 환영했다."));
    }

    @Test
    void quotationFollowedByParticleStaysOneSentence() {
        assertEquals(1, SentenceSplitter.count("그는 “도시를 바꾸겠다. 약속한다.”라고 말했다."));
        assertEquals(1, SentenceSplitter.count("그는 \"지금이 기회다.\"며 투자를 강조했다."));
    }

    @Test
    void decimalsAndDatesDoNotBreak() {
        assertEquals(1, SentenceSplitter.count("성장률은 8.5%로 2024.07.30 발표됐다."));
        assertEquals(1, SentenceSplitter.count("회의는 2024. 7. 30. 오후에 열렸다."));
    }

    @Test
    void ellipsisInsideASentenceDoesNotBreak() {
        assertEquals(1, SentenceSplitter.count("그런데…아무도 오지 않았다."));
    }

    @Test
    void parenthesesAreKeptWithTheirSentence() {
        assertEquals(List.of("김 의원(더불어민주당)은 반대했다. ", "표결은 연기됐다."),
                SentenceSplitter.split("김 의원(더불어민주당)은 반대했다. 표결은 연기됐다."));
    }

    @Test
    void englishAbbreviationsDoNotBreak() {
        assertEquals(1, SentenceSplitter.count("The U.S. Senate met Dr. Kim on Monday."));
    }
}
