package dev.yoyak.api;

import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.yoyak.article.ProgressEvent;
import dev.yoyak.article.SummaryResult;

/**
 * One server-sent event of a watched run: its {@code event:} name and its JSON {@code data:}. StreamResource
 * writes the stream from these, and the OpenAPI document describes the stream with the same types.
 */
@Schema(name = "SummaryEvent", description = "One event of a text/event-stream answer: the event name and its data",
        oneOf = { SummaryEvent.Progress.class, SummaryEvent.Paragraph.class, SummaryEvent.Result.class,
                SummaryEvent.Failure.class },
        discriminatorProperty = "event", discriminatorMapping = {
                @DiscriminatorMapping(value = SummaryEvent.PROGRESS, schema = SummaryEvent.Progress.class),
                @DiscriminatorMapping(value = SummaryEvent.PARAGRAPH, schema = SummaryEvent.Paragraph.class),
                @DiscriminatorMapping(value = SummaryEvent.RESULT, schema = SummaryEvent.Result.class),
                @DiscriminatorMapping(value = SummaryEvent.PROBLEM, schema = SummaryEvent.Failure.class) })
public sealed interface SummaryEvent {

    /** Event name: a stage begun or a chunk under way. */
    String PROGRESS = "progress";
    /** Event name: a paragraph translated. */
    String PARAGRAPH = "paragraph";
    /** Event name: the answer, last. */
    String RESULT = "result";
    /** Event name: the run failed, last. */
    String PROBLEM = "problem";

    /** The SSE {@code event:} field. */
    String event();

    /** The SSE {@code data:} field, sent as JSON. */
    Object data();

    /** A stage begun, or chunk i of n under way. */
    @Schema(name = "SummaryEventProgress")
    record Progress(@Schema(required = true, constValue = PROGRESS) String event,
            @Schema(required = true) ProgressEvent data) implements SummaryEvent {
        Progress(ProgressEvent data) {
            this(PROGRESS, data);
        }
    }

    /**
     * A paragraph's translation is ready (data.index and data.paragraph are set); a paragraph a re-ask repaired
     * comes again with the same index and replaces the first.
     */
    @Schema(name = "SummaryEventParagraph", description = "A paragraph's translation, as soon as it is written and "
            + "valid; a paragraph a re-ask repaired comes again with the same index and replaces the first")
    record Paragraph(@Schema(required = true, constValue = PARAGRAPH) String event,
            @Schema(required = true) ProgressEvent data) implements SummaryEvent {
        Paragraph(ProgressEvent data) {
            this(PARAGRAPH, data);
        }
    }

    /** The answer, as POST /summarize gives it; the stream ends. */
    @Schema(name = "SummaryEventResult")
    record Result(@Schema(required = true, constValue = RESULT) String event,
            @Schema(required = true) SummaryResult data) implements SummaryEvent {
        Result(SummaryResult data) {
            this(RESULT, data);
        }
    }

    /** The run failed (413 too long, 422 not Korean, 429 overloaded, 503 backend …); the stream ends. */
    @Schema(name = "SummaryEventProblem")
    record Failure(@Schema(required = true, constValue = PROBLEM) String event,
            @Schema(required = true) Problem data) implements SummaryEvent {
        Failure(Problem data) {
            this(PROBLEM, data);
        }
    }

    /** The event for a pipeline progress report. */
    static SummaryEvent of(ProgressEvent event) {
        return "paragraph".equals(event.stage()) ? new Paragraph(event) : new Progress(event);
    }
}
