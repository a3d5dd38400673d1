package dev.yoyak.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.yoyak.pipeline.SummarizePipeline;
import dev.yoyak.pipeline.SummaryResult;

/** {@code POST /summarize}: a Korean article in, its English translation and a bilingual summary out. */
@Path("/summarize")
@Tag(name = "summarize", description = "Translate and summarize Korean news")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = SummarizeResource.ANSWER,
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResult.class),
                examples = @ExampleObject(name = "answer", value = Examples.RESPONSE)))
// Problem bodies, Retry-After and the access-control responses are added by OpenApiContract.
@APIResponse(responseCode = "400", description = "Empty text, malformed JSON, undecodable bytes or summarySentences "
        + "outside 1–10")
@APIResponse(responseCode = "406", description = "Accept admits neither application/json nor text/event-stream")
@APIResponse(responseCode = "413", description = "Article longer than yoyak.max-chars, or a body announced over the "
        + "HTTP limit (1 MB)")
@APIResponse(responseCode = "415", description = "Body neither JSON nor plain text")
@APIResponse(responseCode = "422", description = "The text holds no Korean")
@APIResponse(responseCode = "503", description = "Backend not configured, unreachable, failing or too slow; "
        + "Retry-After is set when waiting may help")
public class SummarizeResource {

    /** The 200 answer, JSON or (with Accept: text/event-stream) events. */
    static final String ANSWER = "Translation and bilingual summary; with Accept: text/event-stream, the run's events";

    private final SummarizePipeline pipeline;

    public SummarizeResource(SummarizePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarize", summary = "Translate and summarize a Korean article",
            description = "Answers the full English translation and a Korean + English summary. Results are "
                    + "cached by content; send \"cache\": false or Cache-Control: no-cache to skip the read. The body is "
                    + "JSON, or the article itself as text/plain (with ?summarySentences=N). With Accept: "
                    + "text/event-stream the run is answered as server-sent events (JSON body only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummarizeRequest.class),
            examples = @ExampleObject(name = "article", value = Examples.JSON_REQUEST)))
    public SummaryResult summarizeJson(@Valid @NotNull(message = "The request body is missing.") SummarizeRequest request,
            @Parameter(description = "no-cache skips the cache read") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return pipeline.summarize(request.text(), request.options(noCache(cacheControl)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    // Same operation as summarizeJson (SmallRye merges them): the operationId is given there only.
    @Operation(summary = "Translate and summarize a Korean article")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(implementation = String.class),
            examples = @ExampleObject(name = "article", value = Examples.ARTICLE)))
    public SummaryResult summarizeText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(description = "Sentences per language in the summary (1–10)") @QueryParam("summarySentences")
            @Min(value = 1, message = "summarySentences must be between 1 and 10")
            @Max(value = 10, message = "summarySentences must be between 1 and 10") Integer summarySentences,
            @Parameter(description = "no-cache skips the cache read") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        int sentences = summarySentences == null ? SummarizeRequest.DEFAULT_SUMMARY_SENTENCES : summarySentences;
        String text = PlainText.decode(body, contentType);
        return pipeline.summarize(text, new SummarizePipeline.Options(sentences, !noCache(cacheControl)));
    }

    private static boolean noCache(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
