package dev.yoyak.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Article;
import dev.yoyak.korean.Check;
import dev.yoyak.korean.FidelityChecks;
import dev.yoyak.korean.TokenEstimate;
import dev.yoyak.llm.ArticleModel;
import dev.yoyak.llm.Bilingual;
import dev.yoyak.llm.Entities;
import dev.yoyak.llm.SummaryForm;
import dev.yoyak.llm.Entities.Entity;

/**
 * The model work for one parsed article: glossary pass, then body and captions translated chunk by chunk
 * while the summary is built alongside, then the fidelity checks.
 */
@ApplicationScoped
public class ArticleRun {

    private final ArticleModel model;
    private final ArticleTranslator translator;
    private final ArticleSummarizer summarizer;
    private final ModelCalls calls;
    private final YoyakConfig config;

    public ArticleRun(ArticleModel model, ArticleTranslator translator, ArticleSummarizer summarizer, ModelCalls calls,
            YoyakConfig config) {
        this.model = model;
        this.translator = translator;
        this.summarizer = summarizer;
        this.calls = calls;
        this.config = config;
    }

    /** A finished run: the result, and whether every part of it came back (only then may it be cached). */
    public record Outcome(SummaryResult result, boolean complete) {
    }

    /**
     * Runs the article; {@code glossary} is the request's, which wins over the extracted entities. Progress goes
     * to {@code progress}, which may throw to stop the run (every model call is preceded by an event). Without
     * {@code summarize} (a translation only) no summary is asked for and the result's summary is empty.
     */
    public Outcome run(String id, Article article, SummaryForm form, boolean summarize, Map<String, String> glossary,
            String promptVersion, Consumer<ProgressEvent> progress) {
        CompletableFuture<Bilingual> summary = !summarize ? CompletableFuture.completedFuture(new Bilingual("", ""))
                : calls.background(() -> {
                    progress.accept(ProgressEvent.stage("summarizing"));
                    return summarizer.summarize(article.title(), article.paragraphs(), form);
                });
        try {
            progress.accept(ProgressEvent.stage("glossary"));
            List<Entity> entities = entities(article, glossary);
            Map<String, String> terms = new LinkedHashMap<>();
            entities.forEach(e -> terms.put(e.ko(), e.en()));

            List<String> body = new ArrayList<>();
            if (!article.title().isEmpty()) {
                body.add(article.title());
            }
            body.addAll(article.paragraphs());
            // The editor's note is translated apart from the body, with the captions.
            List<String> apart = new ArrayList<>(article.captions());
            if (!article.note().isEmpty()) {
                apart.add(article.note());
            }
            CompletableFuture<ArticleTranslator.Translation> captions = calls.background(
                    () -> translator.translate(article.title(), apart, terms));
            progress.accept(ProgressEvent.stage("translating"));
            int offset = article.title().isEmpty() ? 0 : 1;
            java.util.Set<Integer> told = java.util.concurrent.ConcurrentHashMap.newKeySet();
            ArticleTranslator.Translation bodyEnglish = translator.translate(article.title(), body, terms,
                    (index, english) -> {
                        if (index >= offset && told.add(index)) {
                            progress.accept(ProgressEvent.paragraph(index - offset, new Bilingual(body.get(index), english)));
                        }
                    },
                    (chunk, chunks) -> progress.accept(ProgressEvent.chunk(chunk, chunks)));
            progress.accept(ProgressEvent.chunk(bodyEnglish.chunks(), bodyEnglish.chunks()));
            ArticleTranslator.Translation captionEnglish = captions.join();
            progress.accept(ProgressEvent.stage("checking"));

            List<Bilingual> pairs = pairs(body, bodyEnglish.english());
            Bilingual title = article.title().isEmpty() ? new Bilingual("", "") : pairs.remove(0);
            List<Bilingual> captionPairs = pairs(apart, captionEnglish.english());
            Bilingual note = article.note().isEmpty() ? new Bilingual("", "") : captionPairs.remove(captionPairs.size() - 1);
            List<Check> checks = new ArrayList<>();
            if (!title.ko().isEmpty()) {
                checks.addAll(FidelityChecks.of(title.ko(), title.en()));
            }
            pairs.forEach(p -> checks.addAll(FidelityChecks.of(p.ko(), p.en())));
            captionPairs.forEach(p -> checks.addAll(FidelityChecks.of(p.ko(), p.en())));
            if (!note.ko().isEmpty()) {
                checks.addAll(FidelityChecks.of(note.ko(), note.en()));
            }

            String translation = String.join("\n\n", pairs.stream().map(Bilingual::en).filter(s -> !s.isBlank()).toList());
            SummaryResult result = new SummaryResult(id, title, article.byline(), article.reporter(),
                    article.publishedAt(), article.updatedAt(), note, translation, pairs, captionPairs, summary.join(),
                    form.style(), form.register(), entities, checks, model.modelId(), promptVersion, false, Instant.now(),
                    bodyEnglish.chunks() + captionEnglish.chunks());
            return new Outcome(result, bodyEnglish.complete() && captionEnglish.complete());
        } catch (CompletionException e) {
            summary.cancel(true);
            throw ModelCalls.unwrap(e);
        } catch (RuntimeException e) {
            summary.cancel(true);
            throw e;
        }
    }

    /**
     * The glossary: entities the model finds in the article's opening and its captions (people are usually
     * introduced there), with the request's own glossary taking precedence and added where the model missed a term.
     */
    private List<Entity> entities(Article article, Map<String, String> glossary) {
        StringBuilder opening = new StringBuilder();
        for (String paragraph : article.paragraphs()) {
            if (opening.length() > 0 && TokenEstimate.of(opening + paragraph) > config.chunking().entityTokens()) {
                break;
            }
            opening.append(paragraph).append('\n');
        }
        for (String caption : article.captions()) {
            if (TokenEstimate.of(opening + caption) > config.chunking().entityTokens()) {
                break;
            }
            opening.append(caption).append('\n');
        }
        String headline = article.title().isEmpty() ? "(none)" : article.title();
        Map<String, Entity> merged = new LinkedHashMap<>();
        for (Entity found : calls.call(() -> model.entities(headline, opening.toString().strip()))) {
            merged.put(found.ko(), found);
        }
        glossary.forEach((ko, en) -> {
            Entity known = merged.get(ko);
            merged.put(ko, new Entity(ko, en, known == null ? Entities.TERM : known.type()));
        });
        return List.copyOf(merged.values());
    }

    private static List<Bilingual> pairs(List<String> korean, List<String> english) {
        List<Bilingual> pairs = new ArrayList<>();
        for (int i = 0; i < korean.size(); i++) {
            pairs.add(new Bilingual(korean.get(i), english.get(i)));
        }
        return pairs;
    }
}
