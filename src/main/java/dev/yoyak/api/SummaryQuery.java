package dev.yoyak.api;

import java.util.Map;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.RequestOptions;
import dev.yoyak.article.SummaryStyle;

/** The summary options of a text/plain request, as query parameters: the same names and values as in JSON. */
public class SummaryQuery {

    @QueryParam("summarySentences")
    @SummarySentences
    @Parameter(description = "Sentences per language in the summary (points, as bullets), 1–10", example = "2",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "10", defaultValue = "3"))
    Integer summarySentences;

    // The allowed values of both options: OpenApiContract, from the enums.
    @QueryParam("summaryStyle")
    @OneOf(value = SummaryStyle.class, option = "summaryStyle")
    @Parameter(description = SummaryStyle.DESCRIPTION, example = "bullets", schema = @Schema(type = SchemaType.STRING,
            defaultValue = "prose"))
    String summaryStyle;

    @QueryParam("koreanRegister")
    @OneOf(value = KoreanRegister.class, option = "koreanRegister")
    @Parameter(description = KoreanRegister.DESCRIPTION, example = "formal", schema = @Schema(type = SchemaType.STRING,
            defaultValue = "plain"))
    String koreanRegister;

    /** The pipeline options these parameters ask for (no glossary in a query); {@code noCache} skips the read. */
    RequestOptions options(boolean noCache) {
        return SummarizeRequest.options(summarySentences, summaryStyle, koreanRegister, Map.of(), !noCache);
    }
}
