package dev.yoyak.article;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.yoyak.article.Entities.Entity;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What {@code POST /summarize} answers: the article taken apart, translated paragraph by paragraph, with a
 * bilingual summary and the fidelity checks the code ran on the translation. Every field is always present and
 * never null (empty strings and lists stand for "none"), which the OpenAPI document states as {@code required}.
 *
 * @param id            content key: the same article with the same options, prompts and model has the same id
 * @param title         the headline in both languages (empty when the page had none)
 * @param byline        the reporter line as printed (empty when none)
 * @param reporter      reporter names (from the byline, dateline, closing line or sign-off), comma-separated, or empty
 * @param publishedAt   ISO-8601 timestamp in Korea time when one was recognisable, else empty
 * @param updatedAt     ISO-8601 timestamp in Korea time of a 수정 (updated) line, else empty
 * @param note          the editor's note (편집자주) in both languages, kept apart from headline and body
 * @param translation   the English body, paragraphs separated by a blank line, in source order
 * @param paragraphs    body paragraphs, Korean and English aligned one to one
 * @param captions      photo captions, translated apart from the body
 * @param summary       about {@code summarySentences} sentences, the same facts in Korean and English; as bullets,
 *                      one point per line in each language, the same points in the same order
 * @param summaryStyle  the layout asked for: prose or bullets
 * @param koreanRegister the speech level asked for in the Korean summary
 * @param entities      people, organisations and places with the English form used throughout
 * @param checks        fidelity findings (numbers not kept, paragraphs or sentences missing)
 * @param model         the model that wrote the answer
 * @param promptVersion hash of the prompt templates that were used
 * @param cached        true when the answer came from the cache rather than from the model
 * @param createdAt     when the model's answer was produced
 * @param chunks        translation calls the article took
 */
@Schema(description = "The translation and bilingual summary of one article; every field is always present")
@RegisterForReflection
public record SummaryResult(
        @Schema(required = true, description = "Content key (SHA-256 hex): same article, options, prompts and model, "
                + "same id", pattern = "^[0-9a-f]{64}$",
                examples = "5f0c2b9e8d4a7f31c6e2a9b0d8f47e13a5c9b2e6f1d0a7c3b8e4f92d6a1c0b57") String id,
        @Schema(required = true, description = "The headline (empty strings when the page has none)") Bilingual title,
        @Schema(required = true, description = "The reporter line as printed, or empty",
                examples = "홍길동 기자 2024.07.30 11:15") String byline,
        @Schema(required = true, description = "Reporter names from the byline, a wire dateline, a closing line or a "
                + "broadcast sign-off, comma-separated, or empty", examples = "홍길동") String reporter,
        @Schema(required = true, description = "ISO-8601 in Korea time when a timestamp was recognised, or empty",
                examples = "2024-07-30T11:15:00+09:00") String publishedAt,
        @Schema(required = true, description = "ISO-8601 in Korea time of a 수정 (updated) time, or empty",
                examples = "2024-07-30T13:40:00+09:00") String updatedAt,
        @Schema(required = true, description = "The editor's note (편집자주) in both languages, translated apart; "
                + "never headline or body; empty strings when none") Bilingual note,
        @Schema(required = true, description = "The English body, paragraphs separated by a blank line, in source order",
                examples = "Seoul will invest 1.3 trillion won in young people's start-ups by 2030.") String translation,
        @Schema(required = true, description = "Body paragraphs aligned one to one (sub-heads and datelines included)")
        List<Bilingual> paragraphs,
        @Schema(required = true, description = "Photo captions, translated apart from the body") List<Bilingual> captions,
        @Schema(required = true, description = "About summarySentences sentences in each language, the same facts")
        Bilingual summary,
        // The allowed values of both options: the API description takes them from the enums.
        @Schema(required = true, examples = "prose", description = "The layout asked for") SummaryStyle summaryStyle,
        @Schema(required = true, examples = "plain", description = "The speech level asked for in the Korean summary")
        KoreanRegister koreanRegister,
        @Schema(required = true, description = "People, organisations, places and glossary terms") List<Entity> entities,
        @Schema(required = true, description = "Fidelity findings computed by code") List<Check> checks,
        @Schema(required = true, description = "The model that wrote the answer", examples = "gpt-4o-mini") String model,
        @Schema(required = true, description = "Hash of the prompt files; editing a prompt changes it",
                examples = "3b9f1c0d7a2e") String promptVersion,
        @Schema(required = true, description = "True when served from the cache", examples = "false") boolean cached,
        @Schema(required = true, description = "When the model produced the answer") Instant createdAt,
        @Schema(required = true, description = "Translation calls the article took", minimum = "0", examples = "1")
        int chunks) {

    /** The same result, marked as served from the cache or not. */
    public SummaryResult withCached(boolean fromCache) {
        return new SummaryResult(id, title, byline, reporter, publishedAt, updatedAt, note, translation, paragraphs,
                captions, summary, summaryStyle, koreanRegister, entities, checks, model, promptVersion, fromCache,
                createdAt, chunks);
    }
}
