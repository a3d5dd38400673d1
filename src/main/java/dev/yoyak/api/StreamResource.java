package dev.yoyak.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.yoyak.article.ProgressEvent;
import dev.yoyak.pipeline.SummarizePipeline;
import dev.yoyak.article.SummaryResult;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The same run as {@code POST /summarize}, watched as server-sent events: {@code progress} (stage, chunk i of
 * n), {@code paragraph} (index, ko, en) as each is ready, then {@code result} (the JSON answer) or
 * {@code problem}. A client that disconnects stops the work it alone was waiting for.
 */
@Path("/summarize")
@Tag(name = "summarize")
public class StreamResource {

    private final SummarizePipeline pipeline;
    private final FailureMapping failures;

    public StreamResource(SummarizePipeline pipeline, FailureMapping failures) {
        this.pipeline = pipeline;
        this.failures = failures;
    }

    /** How the stream is described in the OpenAPI document (both paths answer the same events). */
    static final String EVENTS_DESCRIPTION = "Server-sent events of the run: progress (data: ProgressEvent) as "
            + "stages begin and chunks are translated, paragraph (data: ProgressEvent with index and paragraph) as each "
            + "paragraph is ready, then result (data: SummaryResult) or problem (data: Problem: 413 too long, "
            + "422 not Korean, 429 overloaded, 503 backend), and the stream ends. Each event is a SummaryEvent.";

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    // Same operation as SummarizeResource#summarizeJson (merged): its operationId is given there only.
    @Operation(summary = "Translate and summarize a Korean article")
    @APIResponse(responseCode = "200", description = SummarizeResource.ANSWER, content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(
                    type = SchemaType.STRING, description = EVENTS_DESCRIPTION, contentSchema = SummaryEvent.class),
                    examples = @ExampleObject(name = "events", value = Examples.EVENTS)))
    public Multi<OutboundSseEvent> summarizeEvents(@Valid @NotNull(message = "The request body is missing.")
            SummarizeRequest request, @Context Sse sse) {
        return events(request, sse);
    }

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "summarizeStream",
            summary = "Translate and summarize, streaming progress (same as Accept: text/event-stream)",
            description = "Failures after the stream has begun (article too long, not Korean, overloaded, backend "
                    + "down) arrive as a problem event in a 200 answer; the statuses below are answered before it begins.")
    @APIResponse(responseCode = "200", description = "The run's events", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = EVENTS_DESCRIPTION, contentSchema = SummaryEvent.class),
            examples = @ExampleObject(name = "events", value = Examples.EVENTS)))
    @APIResponse(responseCode = "400", description = "Empty text, malformed JSON or summarySentences outside 1–10")
    @APIResponse(responseCode = "406", description = "Accept does not admit text/event-stream")
    @APIResponse(responseCode = "413", description = "Body announced over the HTTP limit (1 MB)")
    @APIResponse(responseCode = "415", description = "Body is not JSON")
    public Multi<OutboundSseEvent> stream(@Valid @NotNull(message = "The request body is missing.")
            SummarizeRequest request, @Context Sse sse) {
        return events(request, sse);
    }

    /**
     * The events of a run. Preparing it (parsing, the durable tier's and Redis' reads) blocks, so it runs on a
     * worker thread, never on the event loop (where a Redis wait is refused and would switch the tier off).
     */
    private Multi<OutboundSseEvent> events(SummarizeRequest request, Sse sse) {
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            SummarizePipeline.Watch watch;
            try {
                watch = pipeline.watch(request.text(), request.options(false),
                        event -> emitter.emit(event(sse, event)));
            } catch (Throwable e) {
                emitter.emit(problem(sse, e));
                emitter.complete();
                return;
            }
            emitter.onTermination(() -> {
                if (!watch.result().isDone()) {
                    watch.leave().run();
                }
            });
            watch.result().whenComplete((result, failure) -> {
                emitter.emit(failure == null ? result(sse, result) : problem(sse, failure));
                emitter.complete();
            });
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static OutboundSseEvent event(Sse sse, ProgressEvent event) {
        return send(sse, SummaryEvent.of(event));
    }

    private static OutboundSseEvent result(Sse sse, SummaryResult result) {
        return send(sse, new SummaryEvent.Result(result));
    }

    private OutboundSseEvent problem(Sse sse, Throwable failure) {
        return send(sse, new SummaryEvent.Failure(failures.of(failure).problem()));
    }

    private static OutboundSseEvent send(Sse sse, SummaryEvent event) {
        return sse.newEventBuilder().name(event.event()).mediaType(MediaType.APPLICATION_JSON_TYPE).data(event.data())
                .build();
    }
}
