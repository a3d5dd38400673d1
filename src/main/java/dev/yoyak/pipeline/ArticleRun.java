package dev.yoyak.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.article.Bilingual;
import dev.yoyak.article.Check;
import dev.yoyak.article.ProgressEvent;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryResult;
import dev.yoyak.korean.Article;
import dev.yoyak.korean.FidelityChecks;
import dev.yoyak.llm.ArticleLlm;

/**
 * The model work for one parsed article: body and captions translated chunk by chunk (the lead chunk's names
 * becoming the glossary of the rest), the summary written from the notes of the translation calls, then the
 * fidelity checks.
 */
@ApplicationScoped
public class ArticleRun {

    private final ArticleLlm model;
    private final TranslationStage translator;
    private final SummaryStage summarizer;

    public ArticleRun(ArticleLlm model, TranslationStage translator, SummaryStage summarizer) {
        this.model = model;
        this.translator = translator;
        this.summarizer = summarizer;
    }

    /**
     * A finished run: the result, and whether every part of it came back and passed validation (only then may it
     * be cached).
     */
    public record Outcome(SummaryResult result, boolean complete) {
    }

    /**
     * Runs the article; {@code glossary} is the request's, which wins over the names the model lists. Progress goes
     * to {@code progress}, which may throw to stop the run (every model call is preceded by an event). Without
     * {@code summarize} (a translation only) no summary is asked for and the result's summary is empty.
     */
    public Outcome run(String id, Article article, SummaryForm form, boolean summarize, Map<String, String> glossary,
            String promptVersion, Consumer<ProgressEvent> progress) {
        List<String> body = new ArrayList<>();
        if (!article.title().isEmpty()) {
            body.add(article.title());
        }
        body.addAll(article.paragraphs());
        // The editor's note is translated apart from the body, with the captions (it comes last among them).
        List<String> apart = new ArrayList<>(article.captions());
        if (!article.note().isEmpty()) {
            apart.add(article.note());
        }
        progress.accept(ProgressEvent.stage("translating"));
        int offset = article.title().isEmpty() ? 0 : 1;
        // A paragraph is told when it first comes, and again with the same index when a re-ask repaired it.
        Map<Integer, String> told = new java.util.concurrent.ConcurrentHashMap<>();
        TranslationStage.ArticleEnglish english = translator.translate(article.title(), body, apart, glossary,
                (index, text) -> {
                    if (index >= offset && !text.isBlank() && !text.equals(told.put(index, text))) {
                        progress.accept(ProgressEvent.paragraph(index - offset, new Bilingual(body.get(index), text)));
                    }
                },
                (chunk, chunks) -> progress.accept(ProgressEvent.chunk(chunk, chunks)));
        TranslationStage.Translation bodyEnglish = english.body();
        TranslationStage.Translation captionEnglish = english.captions();
        progress.accept(ProgressEvent.chunk(bodyEnglish.chunks(), bodyEnglish.chunks()));
        ArticleLlm.Summary summary = new ArticleLlm.Summary(new Bilingual("", ""), List.of());
        if (summarize) {
            // The summary is written from the notes the translation calls took: the article is not read again.
            progress.accept(ProgressEvent.stage("summarizing"));
            summary = summarizer.summarize(article.title(), bodyEnglish.notes(), form);
        }
        progress.accept(ProgressEvent.stage("checking"));

        List<Bilingual> pairs = pairs(body, bodyEnglish.english());
        Bilingual title = article.title().isEmpty() ? new Bilingual("", "") : pairs.remove(0);
        List<Bilingual> captionPairs = pairs(apart, captionEnglish.english());
        Bilingual note = article.note().isEmpty() ? new Bilingual("", "") : captionPairs.remove(captionPairs.size() - 1);
        List<Bilingual> checked = new ArrayList<>();
        if (!title.ko().isEmpty()) {
            checked.add(title);
        }
        checked.addAll(pairs);
        checked.addAll(captionPairs);
        if (!note.ko().isEmpty()) {
            checked.add(note);
        }
        // Each finding once: the same figure missing from the headline and a paragraph is one check.
        Set<Check> checks = new LinkedHashSet<>(bodyEnglish.problems());
        checks.addAll(captionEnglish.problems());
        checks.addAll(summary.problems());
        checked.stream().flatMap(p -> FidelityChecks.of(p.ko(), p.en()).stream())
                .map(f -> new Check(f.kind(), f.severity(), f.source(), f.detail())).forEach(checks::add);

        String translation = String.join("\n\n", pairs.stream().map(Bilingual::en).filter(s -> !s.isBlank()).toList());
        SummaryResult result = new SummaryResult(id, title, article.byline(), article.reporter(),
                article.publishedAt(), article.updatedAt(), note, translation, pairs, captionPairs, summary.text(),
                form.style(), form.register(), english.entities(), List.copyOf(checks), model.modelId(), promptVersion,
                false, Instant.now(), bodyEnglish.chunks() + captionEnglish.chunks());
        // An answer the validation still finds fault with is shown, never kept: the next request tries afresh.
        boolean valid = checks.stream().noneMatch(Check::invalid);
        return new Outcome(result, bodyEnglish.complete() && captionEnglish.complete() && valid);
    }

    private static List<Bilingual> pairs(List<String> korean, List<String> english) {
        List<Bilingual> pairs = new ArrayList<>();
        for (int i = 0; i < korean.size(); i++) {
            pairs.add(new Bilingual(korean.get(i), english.get(i)));
        }
        return pairs;
    }
}
