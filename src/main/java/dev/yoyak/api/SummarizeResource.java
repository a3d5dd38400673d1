package dev.yoyak.api;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
@APIResponse(responseCode = "200", description = "Translation and bilingual summary; as a Markdown document "
        + "(headline, byline, summary, translation with the Korean, captions, names, checks) with Accept: text/markdown",
        content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResult.class),
                examples = @ExampleObject(name = "answer", value = Examples.RESPONSE)),
                @Content(mediaType = MarkdownRenderer.MEDIA_TYPE, schema = @Schema(implementation = String.class),
                        examples = @ExampleObject(name = "document", value = Examples.MARKDOWN)) })
@APIResponse(responseCode = "400", description = "Empty text, malformed JSON, summarySentences outside 1–10, "
        + "summaryStyle or koreanRegister not one of the allowed values",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = { @ExampleObject(name = "empty", value = Examples.PROBLEM_400),
                        @ExampleObject(name = "summary-style", value = Examples.PROBLEM_400_STYLE) }))
@APIResponse(responseCode = "413", description = "Article longer than yoyak.max-chars",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "too-long", value = Examples.PROBLEM_413)))
@APIResponse(responseCode = "415", description = "Body neither JSON nor plain text",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "media-type", value = Examples.PROBLEM_415)))
@APIResponse(responseCode = "422", description = "The text holds no Korean",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "not-korean", value = Examples.PROBLEM_422)))
@APIResponse(responseCode = "503", description = "Backend not configured, unreachable, failing or too slow; "
        + "Retry-After is set when waiting may help",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = @ExampleObject(name = "backend", value = Examples.PROBLEM_503)))
public class SummarizeResource {

    private final SummarizePipeline pipeline;

    public SummarizeResource(SummarizePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Translate and summarize a Korean article (JSON)",
            description = "Answers the full English translation and a Korean + English summary. Results are "
                    + "cached by content; send \"cache\": false or Cache-Control: no-cache to skip the read. "
                    + "With Accept: text/markdown the same result comes as a Markdown document.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummarizeRequest.class),
            examples = @ExampleObject(name = "article", value = Examples.JSON_REQUEST)))
    public SummaryResult summarizeJson(@Valid @NotNull(message = "The request body is missing.") SummarizeRequest request,
            @Parameter(description = "no-cache skips the cache read") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return pipeline.summarize(request.text(), request.options(noCache(cacheControl)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MarkdownRenderer.MEDIA_TYPE_UTF8)
    @Operation(hidden = true) // the same operation as summarizeJson, answered as Markdown
    public String summarizeJsonAsMarkdown(@Valid @NotNull(message = "The request body is missing.") SummarizeRequest request,
            @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return MarkdownRenderer.render(summarizeJson(request, cacheControl));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Translate and summarize a Korean article (plain text body)",
            description = "The body is the article itself, e.g. curl --data-binary @article.txt "
                    + "-H 'Content-Type: text/plain; charset=utf-8'; the summary options are query parameters. "
                    + "With Accept: text/markdown the result comes as a Markdown document.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(implementation = String.class),
            examples = @ExampleObject(name = "article", value = Examples.ARTICLE)))
    public SummaryResult summarizeText(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Valid @BeanParam SummaryQuery query,
            @Parameter(description = "no-cache skips the cache read") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        String text = PlainText.decode(body, contentType);
        return pipeline.summarize(text, new SummarizePipeline.Options(query.form(), Map.of(), !noCache(cacheControl)));
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MarkdownRenderer.MEDIA_TYPE_UTF8)
    @Operation(hidden = true) // the same operation as summarizeText, answered as Markdown
    public String summarizeTextAsMarkdown(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Valid @BeanParam SummaryQuery query, @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return MarkdownRenderer.render(summarizeText(body, contentType, query, cacheControl));
    }

    private static boolean noCache(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
