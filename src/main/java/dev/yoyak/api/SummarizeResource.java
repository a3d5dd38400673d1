package dev.yoyak.api;

import java.io.IOException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.article.SummaryResult;
import dev.yoyak.pipeline.SummarizePipeline;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

/** {@code POST /summarize}: a Korean article in, its English translation and a bilingual summary out. */
@Path("/summarize")
@Tag(name = "summarize", description = "Translate and summarize Korean news")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = SummarizeResource.ANSWER,
        content = { @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SummaryResult.class),
                examples = @ExampleObject(name = "answer", value = Examples.RESPONSE)),
                @Content(mediaType = MarkdownRenderer.MEDIA_TYPE, schema = @Schema(implementation = String.class),
                        examples = @ExampleObject(name = "document", value = Examples.MARKDOWN)) })
// Problem bodies (where no content is given), Retry-After and the access-control responses: OpenApiContract.
@APIResponse(responseCode = "400", description = "Empty text, malformed JSON, undecodable bytes, summarySentences "
        + "outside 1–10, summaryStyle or koreanRegister not one of the allowed values",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                examples = { @ExampleObject(name = "empty", value = Examples.PROBLEM_400),
                        @ExampleObject(name = "summary-style", value = Examples.PROBLEM_400_STYLE) }))
@APIResponse(responseCode = "406", description = "Accept admits none of application/json, text/markdown, "
        + "text/event-stream")
@APIResponse(responseCode = "413", description = "Article longer than yoyak.max-chars, or a body announced over the "
        + "HTTP limit (1 MB)")
@APIResponse(responseCode = "415", description = "Body neither JSON, plain text nor HTML")
@APIResponse(responseCode = "422", description = "The text holds no Korean, or only page furniture (an HTML page too), "
        + "or an HTML page nests elements deeper than 256 levels")
@APIResponse(responseCode = "503", description = "Backend not configured, unreachable, failing or too slow; "
        + "Retry-After is set when waiting may help")
public class SummarizeResource {

    /** The 200 answer: JSON, Markdown or (with Accept: text/event-stream) events. */
    static final String ANSWER = "Translation and bilingual summary; as a Markdown document (headline, byline, summary, "
            + "translation with the Korean, captions, names, checks) with Accept: text/markdown; with Accept: "
            + "text/event-stream, the run's events";

    private final SummarizePipeline pipeline;
    private final CachedAnswers answers;
    private final ObjectMapper json;
    private final RequestValidation validation;

    public SummarizeResource(SummarizePipeline pipeline, CachedAnswers answers, ObjectMapper json,
            RequestValidation validation) {
        this.pipeline = pipeline;
        this.answers = answers;
        this.json = json;
        this.validation = validation;
    }

    // The body is taken as bytes and the method runs on the event loop: a repeated request is answered from the
    // memory tier without parsing it or leaving the I/O thread (see CachedAnswers); the rest moves to a worker.
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarize", summary = "Translate and summarize a Korean article",
            description = "Answers the full English translation and a Korean + English summary. Results are "
                    + "cached by content; send \"cache\": false or Cache-Control: no-cache to skip the read. The body is "
                    + "JSON, or the article itself as text/plain (summary options as query parameters). Answers carry "
                    + "an ETag; a request with If-None-Match holding it is answered 304. With Accept: "
                    + "text/markdown the same result comes as a Markdown document; with Accept: text/event-stream the "
                    + "run is answered as server-sent events (JSON body only).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SummarizeRequest.class),
            examples = @ExampleObject(name = "article", value = Examples.JSON_REQUEST)))
    public Uni<Response> summarizeJson(byte[] body, @Context HttpServerRequest http,
            @Parameter(description = "no-cache skips the cache read") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl,
            @Parameter(description = "ETag of an answer the client holds: 304 when it is still the answer")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        requireJson(http);
        boolean noCache = noCache(cacheControl);
        return answers.answer(raw("json", http, body), noCache, ifNoneMatch, () -> {
            SummarizeRequest request = parse(body);
            return pipeline.prepare(request.text(), request.options(noCache));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MarkdownRenderer.MEDIA_TYPE_UTF8)
    @Operation(hidden = true) // the same operation as summarizeJson, answered as Markdown
    public String summarizeJsonAsMarkdown(@Valid @NotNull(message = "The request body is missing.") SummarizeRequest request,
            @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return MarkdownRenderer.render(pipeline.summarize(request.text(), request.options(noCache(cacheControl))));
    }

    @POST
    @NonBlocking
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML })
    // Same operation as summarizeJson (SmallRye merges them): the operationId is given there only.
    @Operation(summary = "Translate and summarize a Korean article")
    // text/html: a page's HTML (a saved page, a crawler's copy); the article is taken out (og:/itemprop metadata,
    // itemprop=articleBody, else Readability4J, else the page without navigation) and answered like text.
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "article", value = Examples.ARTICLE)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(implementation = String.class),
                    examples = @ExampleObject(name = "page", value = Examples.HTML_PAGE)) })
    public Uni<Response> summarizeText(byte[] body, @Context HttpServerRequest http,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, @Valid @BeanParam SummaryQuery query,
            @Parameter(description = "no-cache skips the cache read") @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl,
            @Parameter(description = "ETag of an answer the client holds: 304 when it is still the answer")
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        requireJson(http);
        boolean noCache = noCache(cacheControl);
        return answers.answer(raw("text", http, body), noCache, ifNoneMatch, () -> pipeline.prepare(
                text(body, contentType), query.options(noCache)));
    }

    @POST
    @Consumes({ MediaType.TEXT_PLAIN, MediaType.TEXT_HTML })
    @Produces(MarkdownRenderer.MEDIA_TYPE_UTF8)
    @Operation(hidden = true) // the same operation as summarizeText, answered as Markdown
    public String summarizeTextAsMarkdown(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Valid @BeanParam SummaryQuery query, @HeaderParam(HttpHeaders.CACHE_CONTROL) String cacheControl) {
        return MarkdownRenderer.render(pipeline.summarize(text(body, contentType),
                query.options(noCache(cacheControl))));
    }

    /**
     * RESTEasy Reactive selects these byte-taking methods even for an Accept they cannot answer, and the memory tier
     * would then send JSON anyway: refuse such a request with 406 as the other forms are refused.
     */
    private static void requireJson(HttpServerRequest http) {
        String accept = http.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return;
        }
        for (String part : accept.split(",")) {
            try {
                if (MediaType.valueOf(part.strip()).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    return;
                }
            } catch (IllegalArgumentException e) {
                // A malformed entry admits nothing; the others may still admit JSON.
            }
        }
        throw new NotAcceptableException();
    }

    /** The article of a text/plain body, or of a text/html page (see {@link HtmlBody}). */
    private static String text(byte[] body, String contentType) {
        return HtmlBody.isHtml(contentType) ? HtmlBody.articleText(body, contentType) : PlainText.decode(body, contentType);
    }

    /** The request as received (its query carries the text/plain options), for recognising it when it comes again. */
    private static CachedAnswers.RawRequest raw(String form, HttpServerRequest http, byte[] body) {
        return new CachedAnswers.RawRequest(form, http.getHeader(HttpHeaders.CONTENT_TYPE), http.query(), body);
    }

    /** The JSON body bound and validated as RESTEasy would, with the same problems for bad input. */
    private SummarizeRequest parse(byte[] body) {
        try {
            return validation.valid(body == null || body.length == 0 ? null : json.readValue(body, SummarizeRequest.class));
        } catch (IOException e) {
            throw new BadRequestException(e.getMessage(), e); // a JsonProcessingException cause: "malformed-json"
        }
    }

    private static boolean noCache(String cacheControl) {
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
