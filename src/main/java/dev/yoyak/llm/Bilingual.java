package dev.yoyak.llm;

/** The same text in Korean and English; also the structured output of the summary prompt. */
public record Bilingual(String ko, String en) {

    /** True when both languages hold text. */
    public boolean isComplete() {
        return ko != null && !ko.isBlank() && en != null && !en.isBlank();
    }
}
