package dev.yoyak.api;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;

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
        @SummarySentences
        @Schema(description = "Sentences per language in the summary (points, as bullets)", minimum = "1",
                maximum = "10", defaultValue = "3")
        Integer summarySentences,
        @OneOf(value = SummaryStyle.class, option = "summaryStyle")
        // The allowed values: OpenApiContract, from the enum.
        @Schema(description = SummaryStyle.DESCRIPTION, defaultValue = "prose", example = "bullets")
        String summaryStyle,
        @OneOf(value = KoreanRegister.class, option = "koreanRegister")
        @Schema(description = KoreanRegister.DESCRIPTION, defaultValue = "plain", example = "formal")
        String koreanRegister,
        @Schema(description = "false skips the cache read (the answer is still stored)", defaultValue = "true")
        Boolean cache,
        @Schema(description = "Fixed English forms for Korean terms, applied in every chunk; wins over the names "
                + "yoyak finds itself", example = "{\"서울바이오허브\": \"Seoul Bio Hub\"}")
        Map<String, String> glossary) {

    /** The pipeline options this request asks for; {@code noCache} (a Cache-Control header) skips the read too. */
    public RequestOptions options(boolean noCache) {
        return options(summarySentences, summaryStyle, koreanRegister, glossary, !Boolean.FALSE.equals(cache) && !noCache);
    }

    /**
     * The one place request options are built, from values already validated ({@link SummarySentences},
     * {@link OneOf}): defaults where a value is absent.
     */
    static RequestOptions options(Integer sentences, String style, String register, Map<String, String> glossary,
            boolean readCache) {
        SummaryForm form = new SummaryForm(sentences == null ? SummarySentences.DEFAULT : sentences,
                SummaryStyle.of(style), KoreanRegister.of(register));
        return new RequestOptions(form, glossary == null ? Map.of() : glossary, readCache);
    }
}
