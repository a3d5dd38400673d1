package dev.yoyak.pipeline;

import java.time.Instant;

import dev.yoyak.llm.Bilingual;

/**
 * What {@code POST /summarize} answers: the full English translation and a bilingual summary.
 *
 * @param id            content key: the same article with the same options, prompts and model has the same id
 * @param translation   the whole English translation, paragraphs separated by a blank line, in source order
 * @param summary       about {@code summarySentences} sentences, the same facts in Korean and English
 * @param model         the model that wrote the answer
 * @param promptVersion hash of the prompt templates that were used
 * @param cached        true when the answer came from the cache rather than from the model
 * @param createdAt     when the model's answer was produced
 */
public record SummaryResult(String id, String translation, Bilingual summary, String model, String promptVersion,
        boolean cached, Instant createdAt) {

    /** The same result, marked as served from the cache or not. */
    public SummaryResult withCached(boolean fromCache) {
        return new SummaryResult(id, translation, summary, model, promptVersion, fromCache, createdAt);
    }
}
