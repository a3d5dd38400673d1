package dev.yoyak.api;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.pipeline.SummarizePipeline;
import dev.yoyak.article.SummaryResult;

/**
 * {@code POST /summarize/batch}: several articles in one request, each answered with its own status (a result
 * or a problem) in the same order. The runs share the service's capacity limits like any other requests.
 */
@Path("/summarize/batch")
@Tag(name = "summarize")
public class BatchResource {

    /** Articles to translate together. */
    @Schema(description = "Up to yoyak.batch.max-articles articles")
    public record BatchRequest(@NotNull(message = "articles is required")
            @NotEmpty(message = "articles must not be empty") List<SummarizeRequest> articles) {
    }

    /** One article's answer: status 200 with a result, or an error status with a problem. */
    @Schema(description = "One article's answer: status 200 and a result (problem null), or the status the article "
            + "alone would have got and its problem (result null)")
    public record BatchItem(@Schema(required = true, examples = "200") int status,
            @Schema(required = true, nullable = true, description = "Set when status is 200") SummaryResult result,
            @Schema(required = true, nullable = true, description = "Set when status is not 200") Problem problem) {
    }

    /** The answers, in the order of the request. */
    public record BatchResponse(@Schema(required = true, description = "One entry per article, in request order")
            List<BatchItem> results) {
    }

    private final SummarizePipeline pipeline;
    private final FailureMapping failures;
    private final RequestValidation validation;
    private final YoyakConfig config;

    public BatchResource(SummarizePipeline pipeline, FailureMapping failures, RequestValidation validation, YoyakConfig config) {
        this.pipeline = pipeline;
        this.failures = failures;
        this.validation = validation;
        this.config = config;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "summarizeBatch",
            summary = "Translate and summarize several articles; each gets its own status",
            description = "Articles that cannot be done (empty, not Korean, too long, overloaded, backend down) get "
                    + "their own status and problem inside a 200 answer; the statuses below concern the whole request.")
    @APIResponse(responseCode = "200", description = "One result or problem per article, in request order")
    // Problem bodies and the access-control responses are added by OpenApiContract.
    @APIResponse(responseCode = "400", description = "Malformed JSON, no articles, or more than "
            + "yoyak.batch.max-articles (an article's own faults are answered in its entry)")
    @APIResponse(responseCode = "406", description = "Accept does not admit application/json")
    @APIResponse(responseCode = "413", description = "Body announced over the HTTP limit (1 MB)")
    @APIResponse(responseCode = "415", description = "Body is not JSON")
    public BatchResponse batch(@Valid @NotNull(message = "The request body is missing.") BatchRequest request) {
        if (request.articles().size() > config.batch().maxArticles()) {
            throw new BadRequestException("A batch holds at most " + config.batch().maxArticles() + " articles; this one has "
                    + request.articles().size() + ".");
        }
        List<CompletableFuture<SummaryResult>> runs = new ArrayList<>();
        for (SummarizeRequest article : request.articles()) {
            runs.add(start(article));
        }
        List<BatchItem> items = new ArrayList<>();
        for (CompletableFuture<SummaryResult> run : runs) {
            try {
                items.add(new BatchItem(200, run.join(), null));
            } catch (RuntimeException e) {
                Failure failure = failures.of(e);
                items.add(new BatchItem(failure.status(), null, failure.problem()));
            }
        }
        return new BatchResponse(items);
    }

    private CompletableFuture<SummaryResult> start(SummarizeRequest article) {
        try {
            if (article == null) {
                throw new BadRequestException("A batch entry is null.");
            }
            validation.valid(article);
            // Each entry's wait is bounded (yoyak.limits.answer-timeout), so the batch's joins are too.
            return pipeline.answer(pipeline.prepare(article.text(), article.options(false)));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
