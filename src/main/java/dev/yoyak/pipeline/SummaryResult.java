package dev.yoyak.pipeline;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.yoyak.korean.Check;
import dev.yoyak.llm.Bilingual;
import dev.yoyak.llm.Entities.Entity;
import dev.yoyak.llm.KoreanRegister;
import dev.yoyak.llm.SummaryStyle;

/**
 * What {@code POST /summarize} answers: the article taken apart, translated paragraph by paragraph, with a
 * bilingual summary and the fidelity checks the code ran on the translation.
 *
 * @param id            content key: the same article with the same options, prompts and model has the same id
 * @param title         the headline in both languages (empty when the page had none)
 * @param byline        the reporter line as printed (empty when none)
 * @param publishedAt   ISO-8601 timestamp in Korea time when one was recognisable, else empty
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
public record SummaryResult(String id, Bilingual title, String byline, String publishedAt, String translation,
        List<Bilingual> paragraphs, List<Bilingual> captions, Bilingual summary,
        @Schema(enumeration = { "prose", "bullets" }, example = "prose") SummaryStyle summaryStyle,
        @Schema(enumeration = { "plain", "formal", "polite", "brief" }, example = "plain") KoreanRegister koreanRegister,
        List<Entity> entities, List<Check> checks, String model, String promptVersion, boolean cached, Instant createdAt, int chunks) {

    /** The same result, marked as served from the cache or not. */
    public SummaryResult withCached(boolean fromCache) {
        return new SummaryResult(id, title, byline, publishedAt, translation, paragraphs, captions, summary, summaryStyle,
                koreanRegister, entities, checks, model, promptVersion, fromCache, createdAt, chunks);
    }
}
