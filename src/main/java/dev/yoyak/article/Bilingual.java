package dev.yoyak.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The same text in Korean and English; also the structured output of the summary prompt. */
@Schema(description = "The same text in Korean and English (both always present; empty strings where there is none)")
@RegisterForReflection
public record Bilingual(
        @Schema(required = true, examples = "서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다.") String ko,
        @Schema(required = true, examples = "Seoul will invest 1.3 trillion won in young people's start-ups by 2030.")
        String en) {

    /** True when both languages hold text. */
    @JsonIgnore
    public boolean isComplete() {
        return ko != null && !ko.isBlank() && en != null && !en.isBlank();
    }
}
