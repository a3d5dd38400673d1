package dev.yoyak.llm;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.guardrail.JsonExtractorOutputGuardrail;
import dev.langchain4j.internal.JsonParsingUtils;

/** Accepts the summary only when it parses as {@code {ko, en}} with both fields non-blank. */
@Singleton
public class SummaryGuardrail extends JsonExtractorOutputGuardrail<Bilingual> {

    public SummaryGuardrail(ObjectMapper mapper) {
        super(mapper, Bilingual.class);
    }

    @Override
    protected Optional<JsonParsingUtils.ParsedJson<Bilingual>> deserialize(String text) {
        // A summary with an empty language is as unusable as one that does not parse.
        return super.deserialize(text).filter(parsed -> parsed.value() != null && parsed.value().isComplete());
    }
}
