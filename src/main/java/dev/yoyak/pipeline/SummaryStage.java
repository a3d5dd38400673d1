package dev.yoyak.pipeline;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.article.SummaryForm;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Chunker;
import dev.yoyak.korean.Chunker.Piece;
import dev.yoyak.korean.TokenEstimate;
import dev.yoyak.llm.ArticleLlm;

/**
 * The bilingual summary, written from the headline and the notes the translation calls took (the article is
 * not read again). Notes longer than {@code yoyak.chunking.summary-tokens} are condensed part by part first,
 * repeated until they fit, so no prompt outgrows the model's context whatever the article's length.
 */
@ApplicationScoped
public class SummaryStage {

    private final ArticleLlm model;
    private final ModelCalls calls;
    private final YoyakConfig config;

    public SummaryStage(ArticleLlm model, ModelCalls calls, YoyakConfig config) {
        this.model = model;
        this.calls = calls;
        this.config = config;
    }

    private static final int MAX_ROUNDS = 4;

    private boolean tooLong(List<String> parts) {
        return TokenEstimate.of(String.join("\n", parts)) > config.chunking().summaryTokens();
    }

    /** Summary of the article headed {@code title} from the {@code notes} of its parts, in the requested form. */
    public ArticleLlm.Summary summarize(String title, List<String> notes, SummaryForm form) {
        List<String> parts = notes;
        // Each round shrinks the text several times over; the cap only guards against a model that does not.
        for (int round = 0; round < MAX_ROUNDS && tooLong(parts); round++) {
            List<Supplier<String>> condense = Chunker.pack(parts, config.chunking().maxTokens()).stream()
                    .map(chunk -> (Supplier<String>) () -> model.notes(title.isEmpty() ? "(none)" : title,
                            String.join("\n", chunk.pieces().stream().map(Piece::text).toList())))
                    .toList();
            parts = calls.all(condense);
        }
        String text = title.isEmpty() ? String.join("\n\n", parts) : title + "\n\n" + String.join("\n\n", parts);
        return calls.call(() -> model.summarize(text, form));
    }
}
