package dev.yoyak.api;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.RequestOptions;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryStyle;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Korean article to translate and summarize.
 *
 * @param text             the article as pasted: headline, byline, paragraphs
 * @param summarySentences sentences in each language of the summary (1–10, default 3)
 * @param summaryStyle     {@code prose} (default) or {@code bullets}
 * @param koreanRegister   {@code plain} (했다체, default), {@code formal}, {@code polite} or {@code brief}
 * @param cache            {@code false} skips the cache read; the fresh answer is still stored
 * @param glossary         Korean term → English form, used in every chunk
 */
@Schema(description = "A Korean news article to translate and summarize")
@RegisterForReflection
public record SummarizeRequest(
        @NotBlank(message = "text must not be empty") @Schema(description = "The article text, Korean", required = true) String text,
        @Min(value = 1, message = "summarySentences must be between 1 and 10")
        @Max(value = 10, message = "summarySentences must be between 1 and 10")
        @Schema(description = "Sentences per language in the summary (points, as bullets)", minimum = "1",
                maximum = "10", defaultValue = "3")
        Integer summarySentences,
        @Pattern(regexp = SummaryStyle.PATTERN, message = SummaryStyle.ALLOWED)
        @Schema(description = SummaryStyle.DESCRIPTION, enumeration = { "prose", "bullets" }, defaultValue = "prose",
                example = "bullets")
        String summaryStyle,
        @Pattern(regexp = KoreanRegister.PATTERN, message = KoreanRegister.ALLOWED)
        @Schema(description = KoreanRegister.DESCRIPTION, enumeration = { "plain", "formal", "polite", "brief" },
                defaultValue = "plain", example = "formal")
        String koreanRegister,
        @Schema(description = "false skips the cache read (the answer is still stored)", defaultValue = "true")
        Boolean cache,
        @Schema(description = "Fixed English forms for Korean terms, applied in every chunk; wins over the names "
                + "yoyak finds itself", example = "{\"서울바이오허브\": \"Seoul Bio Hub\"}")
        Map<String, String> glossary) {

    /** Used when the request does not say. */
    public static final int DEFAULT_SUMMARY_SENTENCES = 3;

    /** The pipeline options this request asks for; {@code noCache} (a Cache-Control header) skips the read too. */
    public RequestOptions options(boolean noCache) {
        return new RequestOptions(form(summarySentences, summaryStyle, koreanRegister),
                glossary == null ? Map.of() : glossary, !Boolean.FALSE.equals(cache) && !noCache);
    }

    /** The summary form of validated request values, defaults where a value is absent. */
    static SummaryForm form(Integer sentences, String style, String register) {
        return new SummaryForm(sentences == null ? DEFAULT_SUMMARY_SENTENCES : sentences, SummaryStyle.of(style),
                KoreanRegister.of(register));
    }
}
