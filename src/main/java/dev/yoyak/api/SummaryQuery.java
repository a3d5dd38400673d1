package dev.yoyak.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryStyle;

/** The summary options of a text/plain request, as query parameters: the same names and values as in JSON. */
public class SummaryQuery {

    @QueryParam("summarySentences")
    @Min(value = 1, message = "summarySentences must be between 1 and 10")
    @Max(value = 10, message = "summarySentences must be between 1 and 10")
    @Parameter(description = "Sentences per language in the summary (points, as bullets), 1–10", example = "2",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10", defaultValue = "3"))
    Integer summarySentences;

    @QueryParam("summaryStyle")
    @Pattern(regexp = SummaryStyle.PATTERN, message = SummaryStyle.ALLOWED)
    @Parameter(description = SummaryStyle.DESCRIPTION, example = "bullets", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "prose", "bullets" }, defaultValue = "prose"))
    String summaryStyle;

    @QueryParam("koreanRegister")
    @Pattern(regexp = KoreanRegister.PATTERN, message = KoreanRegister.ALLOWED)
    @Parameter(description = KoreanRegister.DESCRIPTION, example = "formal", schema = @Schema(type = SchemaType.STRING,
            enumeration = { "plain", "formal", "polite", "brief" }, defaultValue = "plain"))
    String koreanRegister;

    /** The summary form these parameters ask for, defaults where one is absent. */
    SummaryForm form() {
        return SummarizeRequest.form(summarySentences, summaryStyle, koreanRegister);
    }
}
