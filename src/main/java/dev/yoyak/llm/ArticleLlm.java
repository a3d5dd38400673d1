package dev.yoyak.llm;

import java.util.List;
import java.util.function.BiConsumer;

import dev.yoyak.article.Bilingual;
import dev.yoyak.article.Check;
import dev.yoyak.article.Entities;
import dev.yoyak.article.SummaryForm;

/**
 * What the pipeline asks of a language model for one article. {@link ArticleModel} answers it with the AI services;
 * the pipeline's unit tests answer it with a fake, so its orchestration is tested without the application.
 * Failures come out as {@link dev.yoyak.article.BackendUnavailableException}.
 */
public interface ArticleLlm {

    /**
     * A chunk's translation, one English paragraph per Korean one.
     *
     * @param english  translations in source order; empty where the model gave none usable
     * @param complete every paragraph translated and valid
     * @param notes    the key facts the model noted for the summary, or empty
     * @param names    the names the model listed with their English forms (when asked)
     * @param problems what is still wrong with the English after every re-ask (validation checks, errors)
     */
    record ChunkTranslation(List<String> english, boolean complete, String notes, List<Entities.Entity> names,
            List<Check> problems) {
    }

    /** A summary and what is still wrong with it after every re-ask (summary checks, or none). */
    record Summary(Bilingual text, List<Check> problems) {
    }

    /** What a translation call asks for after the paragraphs. */
    enum Extras {
        /** Nothing: captions. */
        NONE(""),
        /** The key facts, from which the summary is written without reading the article again. */
        NOTES(", then the [notes] line"),
        /** Key facts and the names of the article's opening, which become the other chunks' glossary. */
        NOTES_AND_NAMES(", then the [notes] line and the [names] line");

        private final String request;

        Extras(String request) {
            this.request = request;
        }

        /** The words the translation prompt adds after "Translate these paragraphs into English". */
        public String request() {
            return request;
        }
    }

    /**
     * Translates numbered paragraphs, validated; what still fails after the re-asks is empty and named in the
     * chunk's problems. {@code paragraphDone} hears each paragraph (0-based) as soon as it is generated and valid,
     * and again whenever a re-ask repaired it.
     */
    ChunkTranslation translateChunk(String headline, String glossary, String context, List<String> korean,
            Extras extras, BiConsumer<Integer, String> paragraphDone);

    /** Bilingual summary in the given form, validated; what still fails is named in its problems. */
    Summary summarize(String koreanText, SummaryForm form);

    /** Korean notes of one part of a long article (the map step of its summary). */
    String notes(String headline, String koreanText);

    /** Calls the backend serves at once, or {@code Integer.MAX_VALUE} if unknown. */
    int parallelism();

    /** The model id answers are attributed to. */
    String modelId();

    /** What identifies the model's weights in cache keys (for the embedded model, its file's SHA-256). */
    String modelIdentity();
}
