package dev.yoyak.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.langchain4j.model.output.FinishReason;

/**
 * The model calls an article needs, behind one door: whatever a backend throws comes out as a
 * {@link BackendUnavailableException} with a short reason that names no URL or credential.
 */
@ApplicationScoped
public class ArticleModel {

    private static final Logger LOG = Logger.getLogger(ArticleModel.class);

    private final Translator translator;
    private final Summarizer summarizer;
    private final ChunkSummarizer chunkSummarizer;
    private final EntityExtractor entityExtractor;
    private final Backends backends;
    private final ModelGuard guard;

    public ArticleModel(Translator translator, Summarizer summarizer, ChunkSummarizer chunkSummarizer,
            EntityExtractor entityExtractor, Backends backends, ModelGuard guard) {
        this.translator = translator;
        this.summarizer = summarizer;
        this.chunkSummarizer = chunkSummarizer;
        this.entityExtractor = entityExtractor;
        this.backends = backends;
        this.guard = guard;
    }

    /**
     * A chunk's translation, one English paragraph per Korean one.
     *
     * @param english  translations in source order; an empty string where the model gave none
     * @param complete every paragraph translated and the answer not cut off
     */
    public record ChunkTranslation(List<String> english, boolean complete) {
    }

    /**
     * Translates numbered paragraphs. An answer that lacks a paragraph or was cut off (finish reason length)
     * is asked for once more; what is still missing after that stays empty and the chunk is incomplete.
     */
    public ChunkTranslation translateChunk(String headline, String glossary, String context, List<String> korean) {
        String numbered = NumberedParagraphs.format(korean);
        List<String> english = new ArrayList<>(attempt(headline, glossary, context, numbered, korean.size()));
        if (isComplete(english)) {
            return new ChunkTranslation(english, true);
        }
        LOG.debugf("Chunk of %d paragraphs came back incomplete; asking once more", korean.size());
        List<String> second = attempt(headline, glossary, context, numbered, korean.size());
        for (int i = 0; i < english.size(); i++) {
            if (english.get(i).isEmpty()) {
                english.set(i, second.get(i));
            }
        }
        return new ChunkTranslation(english, isComplete(english));
    }

    private List<String> attempt(String headline, String glossary, String context, String numbered, int count) {
        // An answer lacking a paragraph, cut off or not numbered is asked for again (ModelGuard); after the last
        // attempt whatever came back is kept, and translateChunk salvages it.
        return guard.bestEffort(() -> parsed(translator.translate(headline, glossary, context, numbered), count),
                ArticleModel::isComplete);
    }

    private static List<String> parsed(String answer, int count) {
        List<String> english = NumberedParagraphs.parse(answer, count);
        if (RoutingChatModel.lastFinishReason() == FinishReason.LENGTH) {
            // A cut-off answer's last paragraph is cut too: never take it as complete.
            int last = english.size() - 1;
            while (last >= 0 && english.get(last).isEmpty()) {
                last--;
            }
            if (last >= 0) {
                english.set(last, "");
            }
        }
        return english;
    }

    private static boolean isComplete(List<String> english) {
        return english.stream().noneMatch(String::isBlank);
    }

    /**
     * Bilingual summary in the given form. Bullets come back one clean point per line; an answer whose Korean
     * and English points differ in number is asked for once more, and fails if they still differ.
     */
    public Bilingual summarize(String koreanText, SummaryForm form) {
        Supplier<Bilingual> ask = () -> call(() -> summarizer.summarize(koreanText, form.sentences(),
                form.styleInstruction(), form.registerInstruction()));
        Bilingual summary = ask.get();
        if (form.style() != SummaryStyle.BULLETS) {
            return summary;
        }
        Bilingual points = points(summary);
        if (points != null) {
            return points;
        }
        LOG.debugf("Bullet summary with unequal points in Korean and English; asking once more");
        points = points(ask.get());
        if (points == null) {
            throw new BackendUnavailableException(
                    "the model's bullet summary had a different number of points in Korean and English, "
                            + "even after a retry", null);
        }
        return points;
    }

    /** The summary as clean points, one per line, or null when the two languages do not pair up. */
    private static Bilingual points(Bilingual summary) {
        List<String> ko = SummaryPoints.parse(summary.ko());
        List<String> en = SummaryPoints.parse(summary.en());
        if (ko.isEmpty() || ko.size() != en.size()) {
            return null;
        }
        return new Bilingual(SummaryPoints.join(ko), SummaryPoints.join(en));
    }

    /** Korean notes of one part of a long article (the map step of its summary). */
    public String notes(String headline, String koreanText) {
        return call(() -> chunkSummarizer.notes(headline, koreanText));
    }

    /** People, organisations and places with their English forms; incomplete entries dropped, types normalized. */
    public List<Entities.Entity> entities(String headline, String koreanText) {
        Entities found = call(() -> entityExtractor.extract(headline, koreanText));
        return found.entities().stream()
                .filter(e -> e != null && e.ko() != null && !e.ko().isBlank() && e.en() != null && !e.en().isBlank())
                .map(Entities.Entity::withKnownType)
                .toList();
    }

    /** The model id answers are attributed to. */
    public String modelId() {
        return backends.modelId();
    }

    /** One model call through the guard: retried on faults, and asked again while its answer is cut off or empty. */
    private <T> T call(Supplier<T> modelCall) {
        return guard.call(modelCall, ArticleModel::whole);
    }

    private static boolean whole(Object answer) {
        return answer != null && !(answer instanceof String text && text.isBlank())
                && RoutingChatModel.lastFinishReason() != FinishReason.LENGTH;
    }
}
