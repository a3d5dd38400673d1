package dev.yoyak.llm;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.article.Bilingual;

/** A summary counts only with both languages present. */
@Singleton
public class SummaryGuardrail extends JsonOutputGuardrail<Bilingual> {

    public SummaryGuardrail(ObjectMapper json) {
        super(json, Bilingual.class, "{\"ko\": \"Korean summary\", \"en\": \"English summary\"}, both non-empty");
    }

    @Override
    protected boolean isComplete(Bilingual value) {
        return value.isComplete();
    }
}
