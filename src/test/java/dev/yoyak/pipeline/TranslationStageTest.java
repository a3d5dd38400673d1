package dev.yoyak.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.llm.ArticleLlm.ChunkTranslation;
import dev.yoyak.llm.ArticleLlm.Extras;
import dev.yoyak.pipeline.TranslationStage.ArticleEnglish;

/** How an article is cut into model calls and put back together, with a fake model and no application. */
class TranslationStageTest {

    private final PipelineFixture fixture = new PipelineFixture();
    private final FakeModel model = fixture.model;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private ArticleEnglish translate(List<String> body) {
        return fixture.translation.translate("", body, List.of(), Map.of(), (i, en) -> { }, (c, n) -> { });
    }

    @Test
    void aLongBodyIsTranslatedInSeveralCallsEachParagraphOnce() {
        List<String> body = PipelineFixture.body(8);
        ArticleEnglish english = translate(body);
        assertTrue(model.translations.size() > 2, "calls: " + model.translations.size());
        List<String> sent = new ArrayList<>();
        model.translations.forEach(call -> sent.addAll(call.korean()));
        assertEquals(body.size(), sent.size());
        assertTrue(sent.containsAll(body));
        assertEquals(model.translations.size(), english.body().chunks());
    }

    @Test
    void onlyTheLeadCallAsksForNames() {
        translate(PipelineFixture.body(8));
        assertEquals(Extras.NOTES_AND_NAMES, model.translations.get(0).extras());
        model.translations.subList(1, model.translations.size())
                .forEach(call -> assertEquals(Extras.NOTES, call.extras()));
    }

    @Test
    void namesOfTheLeadAreTheGlossaryOfTheOtherChunks() {
        List<String> body = new ArrayList<>(PipelineFixture.body(8));
        body.set(0, "박서연 대표가 말했다. " + body.get(0));
        ArticleEnglish english = translate(body);
        model.translations.subList(1, model.translations.size())
                .forEach(call -> assertTrue(call.glossary().contains("박서연 = Park Seo-yeon"), call.glossary()));
        assertEquals("Park Seo-yeon", english.entities().get(0).en());
    }

    @Test
    void paragraphsComeBackInSourceOrderWhenLaterChunksFinishFirst() {
        List<String> body = PipelineFixture.body(8);
        List<String> finished = new CopyOnWriteArrayList<>();
        model.translate = call -> {
            // The earlier a chunk, the longer it takes.
            sleep(40L * (body.size() - body.indexOf(call.korean().get(0))));
            finished.add(call.korean().get(0));
            return FakeModel.standard(call);
        };
        ArticleEnglish english = translate(body);
        assertNotEquals(finished.stream().sorted((a, b) -> body.indexOf(a) - body.indexOf(b)).toList(), finished,
                "the chunks did not finish out of order");
        assertEquals(body.stream().map(p -> "EN(" + p + ")").toList(), english.body().english());
    }

    @Test
    void aParagraphTheModelLeftOutLeavesTheTranslationIncompleteAndKeepsTheRest() {
        List<String> body = PipelineFixture.body(8);
        String lost = body.get(5);
        model.translate = call -> {
            ChunkTranslation done = FakeModel.standard(call);
            List<String> english = call.korean().stream().map(p -> p.equals(lost) ? "" : "EN(" + p + ")").toList();
            return new ChunkTranslation(english, !call.korean().contains(lost), done.notes(), done.names(), List.of());
        };
        ArticleEnglish english = translate(body);
        assertFalse(english.body().complete());
        assertEquals("", english.body().english().get(5));
        assertEquals("EN(" + body.get(6) + ")", english.body().english().get(6));
    }

    @Test
    void aFailingChunkFailsTheTranslationWithTheModelsOwnError() {
        List<String> body = PipelineFixture.body(8);
        model.translate = call -> {
            if (call.korean().contains(body.get(7))) {
                throw new BackendUnavailableException("HTTP 500", null);
            }
            return FakeModel.standard(call);
        };
        BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> translate(body));
        assertEquals("HTTP 500", e.getMessage());
    }

    @Test
    void captionsThatFitTheLeadCostNoCallOfTheirOwn() {
        List<String> captions = List.of("사진은 기자회견 모습.");
        ArticleEnglish english = fixture.translation.translate("", PipelineFixture.body(1), captions, Map.of(),
                (i, en) -> { }, (c, n) -> { });
        assertEquals(1, model.translations.size());
        assertEquals(List.of("EN(사진은 기자회견 모습.)"), english.captions().english());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
