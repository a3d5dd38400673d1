package dev.yoyak.pipeline;

import dev.yoyak.llm.Bilingual;

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
public record ProgressEvent(String stage, Integer chunk, Integer chunks, Integer index, Bilingual paragraph) {

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
