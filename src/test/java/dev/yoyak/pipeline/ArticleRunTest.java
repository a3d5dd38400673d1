package dev.yoyak.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.article.Check;
import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.ProgressEvent;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.korean.Article;
import dev.yoyak.llm.ArticleLlm.ChunkTranslation;

/** One article's model work end to end (translation, notes → summary, checks, progress), without the application. */
class ArticleRunTest {

    private static final SummaryForm FORM = new SummaryForm(3, SummaryStyle.PROSE, KoreanRegister.PLAIN);

    private final PipelineFixture fixture = new PipelineFixture();
    private final FakeModel model = fixture.model;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static Article article(String title, List<String> body) {
        return new Article(title, "", "", "", "", "", body, List.of());
    }

    private ArticleRun.Outcome run(Article article, boolean summarize, Consumer<ProgressEvent> progress) {
        return fixture.run.run("id", article, FORM, summarize, Map.of(), "v1", progress);
    }

    @Test
    void theSummaryIsWrittenFromTheHeadlineAndTheNotesOfEveryChunkInOrder() {
        List<String> body = PipelineFixture.body(8);
        run(article("서울시 창업 예산 확대", body), true, event -> { });
        // The headline is the first body text, so every chunk's notes open with the chunk's first text.
        List<String> notes = model.translations.stream()
                .map(call -> call.korean().get(0))
                .sorted(Comparator.comparingInt(first -> first.equals("서울시 창업 예산 확대") ? -1 : body.indexOf(first)))
                .map(first -> "NOTES(" + first + ")").toList();
        assertEquals(List.of("서울시 창업 예산 확대\n\n" + String.join("\n\n", notes)), model.summaries);
    }

    @Test
    void aTranslationOnlyRunAsksForNoSummary() {
        ArticleRun.Outcome outcome = run(article("", PipelineFixture.body(3)), false, event -> { });
        assertEquals(List.of(), model.summaries);
        assertEquals("", outcome.result().summary().en());
        assertTrue(outcome.complete());
    }

    @Test
    void aCancelledRunMakesNoFurtherModelCall() {
        Consumer<ProgressEvent> leaveAfterTheLead = event -> {
            if ("chunk".equals(event.stage()) && event.chunk() > 0) {
                throw new CancellationException("every client of this run has gone");
            }
        };
        assertThrows(CancellationException.class, () -> run(article("", PipelineFixture.body(8)), true,
                leaveAfterTheLead));
        assertEquals(1, model.translations.size());
        assertEquals(List.of(), model.summaries);
    }

    @Test
    void aParagraphTheModelLeftOutIsShownEmptyAndTheOutcomeIsIncomplete() {
        List<String> body = PipelineFixture.body(4);
        model.translate = call -> new ChunkTranslation(call.korean().stream()
                .map(p -> p.equals(body.get(2)) ? "" : "EN(" + p + ")").toList(),
                !call.korean().contains(body.get(2)), "", List.of(), List.of());
        ArticleRun.Outcome outcome = run(article("", body), true, event -> { });
        assertFalse(outcome.complete());
        assertEquals("", outcome.result().paragraphs().get(2).en());
        assertEquals("EN(" + body.get(3) + ")", outcome.result().paragraphs().get(3).en());
        assertTrue(outcome.result().checks().stream().anyMatch(c -> c.kind().equals(Check.OMISSION)
                && c.source().equals(body.get(2))), outcome.result().checks().toString());
    }

    @Test
    void aFigureTheEnglishDoesNotStateIsReported() {
        model.translate = call -> new ChunkTranslation(List.of("Seoul will invest 13 trillion won."), true, "", List.of(), List.of());
        ArticleRun.Outcome outcome = run(article("", List.of("서울시가 1조 3000억원을 투입한다.")), true, event -> { });
        List<Check> checks = outcome.result().checks();
        assertEquals(1, checks.size(), checks.toString());
        assertEquals(Check.NUMBER, checks.get(0).kind());
        assertEquals("1조 3000억원", checks.get(0).source());
    }

    @Test
    void everyParagraphIsAnnouncedOnceInItsPlace() {
        List<String> body = PipelineFixture.body(8);
        List<ProgressEvent> events = new CopyOnWriteArrayList<>();
        ArticleRun.Outcome outcome = run(article("", body), true, events::add);
        List<ProgressEvent> paragraphs = events.stream().filter(e -> "paragraph".equals(e.stage())).toList();
        assertEquals(body.size(), paragraphs.size());
        paragraphs.forEach(e -> assertEquals(outcome.result().paragraphs().get(e.index()), e.paragraph()));
        assertEquals(List.of("translating", "summarizing", "checking"), events.stream().map(ProgressEvent::stage)
                .filter(stage -> !stage.equals("chunk") && !stage.equals("paragraph")).toList());
    }
}
