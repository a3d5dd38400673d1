package dev.yoyak.testing;

import java.util.List;

/** Bodies of up to 100,000 characters built to make a parser recurse or re-scan: long runs of one repeated shape. */
public final class AttackerTexts {

    /** One input and the name a test report shows. */
    public record Named(String name, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final String OPENING = "서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 30일 밝혔다.\n";

    private AttackerTexts() {
    }

    /** The issue's reproductions and more of the same kind. */
    public static List<Named> all() {
        return List.of(
                new Named("1만 x1500", OPENING + "1만".repeat(1_500)),
                new Named("1천 x2000", OPENING + "1천".repeat(2_000)),
                new Named("3조 5천억 x600", OPENING + "3조 5천억 ".repeat(600)),
                new Named("1만 x30000", OPENING + "1만".repeat(30_000)),
                new Named("1,000 x19000", OPENING + "1,000".repeat(19_000)),
                new Named("1천~ x10000", OPENING + "1천~".repeat(10_000) + "억원"),
                new Named("e-mail a@b.c.c.c 24000", OPENING + "a@b" + ".c".repeat(12_000)),
                new Named("e-mail [a@b.c.c.c 24000", OPENING + "[a@b" + ".c".repeat(12_000)),
                new Named("e-mail words 30000", OPENING + "a".repeat(30_000) + "@"),
                new Named("홍길동· x3000", OPENING + "홍길동·".repeat(3_000)),
                new Named("홍길동· x3000 기자", "홍길동·".repeat(3_000) + "홍길동 기자\n" + OPENING),
                new Named("(대구=가상) 홍길동· x3000", "(대구=가상뉴스) " + "홍길동·".repeat(3_000) + "홍길동 기자 = " + OPENING),
                new Named("가. x20000", OPENING + "가.".repeat(20_000)),
                new Named("가. x20000 spaced", OPENING + "가. ".repeat(20_000)),
                new Named("다.” x10000", OPENING + "다.”".repeat(10_000)),
                new Named("quote “ x20000", OPENING + "“가. ".repeat(20_000)),
                new Named("2024. 7. 30. x8000", OPENING + "2024. 7. 30. ".repeat(8_000)),
                new Named("... x20000", OPENING + "가...".repeat(20_000)),
                new Named("U.S. x30000", OPENING + "A. ".repeat(30_000)),
                new Named("lines 가 x45000", OPENING + "가\n".repeat(45_000)),
                new Named("breadcrumb > x30000", OPENING + "가 > ".repeat(30_000)),
                new Named("pipes | x45000", OPENING + "가|".repeat(45_000)),
                new Named("photo credit [ x30000", OPENING + "[".repeat(30_000) + "제공"),
                new Named("timestamps x5000", OPENING + "입력 2024.07.30 11:15 ".repeat(5_000)),
                new Named("digits 95000", OPENING + "1".repeat(95_000)),
                new Named("spaces 1 x45000", OPENING + "1 ".repeat(45_000)),
                new Named("세 명 x20000", OPENING + "세 명 ".repeat(20_000)),
                new Named("percent x20000", OPENING + "1%p ".repeat(20_000)),
                new Named("labels [앵커] x20000", OPENING + "[앵커]\n".repeat(20_000)),
                new Named("1월 1일 x15000", OPENING + "1월 1일 ".repeat(15_000)),
                new Named("twenty-one thousand x5000", OPENING + "twenty-one thousand ".repeat(5_000)),
                new Named("English 1-2 x20000", OPENING + "1-2 to ".repeat(15_000)));
    }
}
