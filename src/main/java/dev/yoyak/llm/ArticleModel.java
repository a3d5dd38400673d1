package dev.yoyak.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.langchain4j.model.output.FinishReason;

import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.article.Bilingual;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryPoints;
import dev.yoyak.article.SummaryStyle;

/**
 * The model calls an article needs, behind one door: whatever a backend throws comes out as a
 * {@link BackendUnavailableException} with a short reason that names no URL or credential.
 */
@ApplicationScoped
public class ArticleModel implements ArticleLlm {

    private static final Logger LOG = Logger.getLogger(ArticleModel.class);

    private final TranslationAiService translator;
    private final SummaryAiService summarizer;
    private final NotesAiService chunkSummarizer;
    private final Backends backends;
    private final ModelGuard guard;

    public ArticleModel(TranslationAiService translator, SummaryAiService summarizer, NotesAiService chunkSummarizer,
            Backends backends, ModelGuard guard) {
        this.translator = translator;
        this.summarizer = summarizer;
        this.chunkSummarizer = chunkSummarizer;
        this.backends = backends;
        this.guard = guard;
    }

    /**
     * Translates numbered paragraphs. An answer that lacks a paragraph or was cut off (finish reason length)
     * is asked for once more; what is still missing after that stays empty and the chunk is incomplete.
     * {@code paragraphDone} hears each paragraph (0-based) of the first answer as soon as it has been generated.
     */
    @Override
    public ChunkTranslation translateChunk(String headline, String glossary, String context, List<String> korean,
            Extras extras, BiConsumer<Integer, String> paragraphDone) {
        String numbered = NumberedParagraphs.format(korean);
        NumberedParagraphs.Stream stream = new NumberedParagraphs.Stream(korean.size(), paragraphDone);
        NumberedParagraphs.Answer first = PartialAnswer.during(stream,
                () -> attempt(headline, glossary, context, numbered, korean.size(), extras));
        List<String> english = new ArrayList<>(first.paragraphs());
        if (isComplete(english)) {
            return new ChunkTranslation(english, true, first.notes(), first.names());
        }
        LOG.debugf("Chunk of %d paragraphs came back incomplete; asking once more", korean.size());
        NumberedParagraphs.Answer second = attempt(headline, glossary, context, numbered, korean.size(), extras);
        for (int i = 0; i < english.size(); i++) {
            if (english.get(i).isEmpty()) {
                english.set(i, second.paragraphs().get(i));
            }
        }
        return new ChunkTranslation(english, isComplete(english),
                first.notes().isEmpty() ? second.notes() : first.notes(),
                first.names().isEmpty() ? second.names() : first.names());
    }

    private NumberedParagraphs.Answer attempt(String headline, String glossary, String context, String numbered,
            int count, Extras extras) {
        // An answer lacking a paragraph, cut off or not numbered is asked for again (ModelGuard); after the last
        // attempt whatever came back is kept, and translateChunk salvages it.
        return guard.bestEffort(
                () -> parsed(translator.translate(headline, glossary, context, extras.request(), numbered), count),
                answer -> isComplete(answer.paragraphs()));
    }

    private static NumberedParagraphs.Answer parsed(String answer, int count) {
        NumberedParagraphs.Answer read = NumberedParagraphs.read(answer, count);
        List<String> english = new ArrayList<>(read.paragraphs());
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
        return new NumberedParagraphs.Answer(english, read.notes(), read.names());
    }

    private static boolean isComplete(List<String> english) {
        return english.stream().noneMatch(String::isBlank);
    }

    /**
     * Bilingual summary in the given form. Bullets come back one clean point per line; an answer whose Korean
     * and English points differ in number is asked for once more, and fails if they still differ.
     */
    @Override
    public Bilingual summarize(String koreanText, SummaryForm form) {
        Supplier<Bilingual> ask = () -> summarizeOnce(koreanText, form);
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

    /** One summary call (each attempt a fresh, memory-less call). */
    private Bilingual summarizeOnce(String koreanText, SummaryForm form) {
        return call(() -> summarizer.summarize(koreanText, form.sentences(),
                Prompts.text(Prompts.fragment(form.style())), Prompts.text(Prompts.fragment(form.register()))));
    }

    /** Korean notes of one part of a long article (the map step of its summary). */
    @Override
    public String notes(String headline, String koreanText) {
        return call(() -> chunkSummarizer.notes(headline, koreanText));
    }

    /** Calls the backend serves at once (the embedded engine's slots), or {@code Integer.MAX_VALUE} if unknown. */
    @Override
    public int parallelism() {
        return backends.parallelism();
    }

    /** The model id answers are attributed to. */
    @Override
    public String modelId() {
        return backends.modelId();
    }

    @Override
    public String modelIdentity() {
        return backends.modelIdentity();
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
