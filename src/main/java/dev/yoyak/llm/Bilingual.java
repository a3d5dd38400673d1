package dev.yoyak.llm;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The same text in Korean and English; also the structured output of the summary prompt. */
public record Bilingual(String ko, String en) {

    /** True when both languages hold text. */
    @JsonIgnore
    public boolean isComplete() {
        return ko != null && !ko.isBlank() && en != null && !en.isBlank();
    }
}
