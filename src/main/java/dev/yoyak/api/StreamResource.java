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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.yoyak.pipeline.ProgressEvent;
import dev.yoyak.pipeline.SummarizePipeline;
import dev.yoyak.pipeline.SummaryResult;
import io.smallrye.mutiny.Multi;

/**
 * The same run as {@code POST /summarize}, watched as server-sent events: {@code progress} (stage, chunk i of
 * n), {@code paragraph} (index, ko, en) as each is ready, then {@code result} (the JSON answer) or
 * {@code problem}. A client that disconnects stops the work it alone was waiting for.
 */
@Path("/summarize")
@Tag(name = "summarize")
public class StreamResource {

    private final SummarizePipeline pipeline;
    private final ProblemMappers problems;

    public StreamResource(SummarizePipeline pipeline, ProblemMappers problems) {
        this.pipeline = pipeline;
        this.problems = problems;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Translate and summarize, streaming progress (Accept: text/event-stream)")
    public Multi<OutboundSseEvent> summarizeEvents(@Valid @NotNull(message = "The request body is missing.")
            SummarizeRequest request, @Context Sse sse) {
        return events(request, sse);
    }

    @POST
    @Path("/stream")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Translate and summarize, streaming progress (same as Accept: text/event-stream)")
    public Multi<OutboundSseEvent> stream(@Valid @NotNull(message = "The request body is missing.")
            SummarizeRequest request, @Context Sse sse) {
        return events(request, sse);
    }

    private Multi<OutboundSseEvent> events(SummarizeRequest request, Sse sse) {
        return Multi.createFrom().emitter(emitter -> {
            SummarizePipeline.Watch watch;
            try {
                watch = pipeline.watch(request.text(), request.options(false),
                        event -> emitter.emit(event(sse, event)));
            } catch (RuntimeException e) {
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
        });
    }

    private static OutboundSseEvent event(Sse sse, ProgressEvent event) {
        return sse.newEventBuilder().name("paragraph".equals(event.stage()) ? "paragraph" : "progress")
                .mediaType(MediaType.APPLICATION_JSON_TYPE).data(event).build();
    }

    private static OutboundSseEvent result(Sse sse, SummaryResult result) {
        return sse.newEventBuilder().name("result").mediaType(MediaType.APPLICATION_JSON_TYPE).data(result).build();
    }

    private OutboundSseEvent problem(Sse sse, Throwable failure) {
        return sse.newEventBuilder().name("problem").mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(problems.map(failure).getEntity()).build();
    }
}
