package dev.yoyak.pipeline;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Chunker;
import dev.yoyak.korean.Chunker.Piece;
import dev.yoyak.korean.TokenEstimate;
import dev.yoyak.llm.ArticleModel;
import dev.yoyak.llm.Bilingual;
import dev.yoyak.llm.SummaryForm;

/**
 * The bilingual summary: one call for an article that fits {@code yoyak.chunking.summary-tokens}; for a
 * longer one, Korean notes per chunk (map) and a summary of the notes (reduce), repeated until the notes fit,
 * so no prompt outgrows the model's context whatever the article's length.
 */
@ApplicationScoped
public class ArticleSummarizer {

    private final ArticleModel model;
    private final ModelCalls calls;
    private final YoyakConfig config;

    public ArticleSummarizer(ArticleModel model, ModelCalls calls, YoyakConfig config) {
        this.model = model;
        this.calls = calls;
        this.config = config;
    }

    private static final int MAX_ROUNDS = 4;

    private boolean tooLong(List<String> parts) {
        return TokenEstimate.of(String.join("\n", parts)) > config.chunking().summaryTokens();
    }

    /** Summary of the article made of {@code title} and {@code paragraphs}, in the requested form. */
    public Bilingual summarize(String title, List<String> paragraphs, SummaryForm form) {
        List<String> parts = paragraphs;
        // Each round shrinks the text several times over; the cap only guards against a model that does not.
        for (int round = 0; round < MAX_ROUNDS && tooLong(parts); round++) {
            List<Supplier<String>> notes = Chunker.pack(parts, config.chunking().maxTokens()).stream()
                    .map(chunk -> (Supplier<String>) () -> model.notes(title.isEmpty() ? "(none)" : title,
                            String.join("\n", chunk.pieces().stream().map(Piece::text).toList())))
                    .toList();
            parts = calls.all(notes);
        }
        String text = title.isEmpty() ? String.join("\n\n", parts) : title + "\n\n" + String.join("\n\n", parts);
        return calls.call(() -> model.summarize(text, form));
    }
}
