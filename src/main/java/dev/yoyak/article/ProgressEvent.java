package dev.yoyak.article;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/**
 * Something that happened in a run, for clients that watch it: a stage begun, a chunk translated, a
 * paragraph ready. Fields that do not apply to the event are null.
 *
 * @param stage     translating, chunk, paragraph, summarizing, checking
 * @param chunk     for chunk events: the chunk being translated (0-based); equal to chunks when all are done
 * @param chunks    for chunk events: how many there are
 * @param index     for paragraph events: the paragraph's position in {@code paragraphs}
 * @param paragraph for paragraph events: the paragraph in both languages
 */
@Schema(description = "A step of a run (event progress), or a paragraph ready (event paragraph); fields that do "
        + "not apply to the event are null")
public record ProgressEvent(
        @Schema(required = true, enumeration = { "glossary", "translating", "chunk", "paragraph", "summarizing",
                "checking" }, examples = "chunk") String stage,
        @Schema(required = true, nullable = true, description = "Chunk events: the chunk under way (0-based), equal "
                + "to chunks when all are done", examples = "0") Integer chunk,
        @Schema(required = true, nullable = true, description = "Chunk events: how many chunks there are",
                examples = "3") Integer chunks,
        @Schema(required = true, nullable = true, description = "Paragraph events: the position in paragraphs")
        Integer index,
        @Schema(required = true, nullable = true, description = "Paragraph events: the paragraph in both languages")
        Bilingual paragraph) {

    /** A stage begun. */
    public static ProgressEvent stage(String stage) {
        return new ProgressEvent(stage, null, null, null, null);
    }

    /** Chunk {@code index} of {@code total} under way ({@code index == total}: all done). */
    public static ProgressEvent chunk(int index, int total) {
        return new ProgressEvent("chunk", index, total, null, null);
    }

    /** A paragraph's translation is ready. */
    public static ProgressEvent paragraph(int index, Bilingual paragraph) {
        return new ProgressEvent("paragraph", null, null, index, paragraph);
    }
}
