package dev.yoyak.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.korean.TokenEstimate;

/** The summary is written from the notes; notes too long for one prompt are condensed first. No application. */
class SummaryStageTest {

    private static final SummaryForm FORM = new SummaryForm(3, SummaryStyle.PROSE, KoreanRegister.PLAIN);

    private static List<String> notes(int count) {
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add("요점 " + (char) ('가' + i) + ": 서울시가 청년 창업 지원 예산을 크게 늘렸다.");
        }
        return notes;
    }

    @Test
    void notesThatFitAreSummarizedInOneCall() {
        try (PipelineFixture fixture = new PipelineFixture()) {
            fixture.summary.summarize("제목", notes(3), FORM);
            assertEquals(List.of(), fixture.model.notes);
            assertEquals(List.of("제목\n\n" + String.join("\n\n", notes(3))), fixture.model.summaries);
        }
    }

    @Test
    void notesOverTheBudgetAreCondensedPartByPartUntilTheyFit() {
        Map<String, String> settings = new HashMap<>(PipelineFixture.SMALL_CHUNKS);
        settings.put("yoyak.chunking.summary-tokens", "80");
        try (PipelineFixture fixture = new PipelineFixture(settings)) {
            fixture.summary.summarize("제목", notes(10), FORM);
            assertTrue(fixture.model.notes.size() > 1, "condensing calls: " + fixture.model.notes.size());
            String prompt = fixture.model.summaries.get(0);
            assertTrue(prompt.startsWith("제목\n\n요점: "), prompt);
            assertTrue(TokenEstimate.of(prompt) <= 80 + TokenEstimate.of("제목"), prompt);
        }
    }
}
