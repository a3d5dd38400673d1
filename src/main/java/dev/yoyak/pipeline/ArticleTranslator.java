package dev.yoyak.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Chunker;
import dev.yoyak.korean.Chunker.Chunk;
import dev.yoyak.korean.Chunker.Piece;
import dev.yoyak.korean.SentenceSplitter;
import dev.yoyak.korean.SpeakerLabels;
import dev.yoyak.korean.TokenEstimate;
import dev.yoyak.llm.ArticleModel;
import dev.yoyak.llm.ArticleModel.ChunkTranslation;

/**
 * Translates a list of Korean texts chunk by chunk, concurrently: each chunk's prompt carries the headline,
 * the glossary entries that occur in it and a little preceding text, never the whole article.
 */
@ApplicationScoped
public class ArticleTranslator {

    static final String NO_CONTEXT = "(start of the article)";
    static final String NO_GLOSSARY = "(none)";

    private final ArticleModel model;
    private final ModelCalls calls;
    private final YoyakConfig config;

    public ArticleTranslator(ArticleModel model, ModelCalls calls, YoyakConfig config) {
        this.model = model;
        this.calls = calls;
        this.config = config;
    }

    /**
     * The English of each text, aligned one to one.
     *
     * @param english  one translation per source text (empty where the model gave none)
     * @param complete every text translated
     * @param chunks   how many model calls the translation took (retries not counted)
     */
    public record Translation(List<String> english, boolean complete, int chunks) {
    }

    /** Translates {@code texts} without reporting progress. */
    public Translation translate(String headline, List<String> texts, Map<String, String> glossary) {
        return translate(headline, texts, glossary, (index, english) -> { }, (chunk, chunks) -> { });
    }

    /**
     * Translates {@code texts} (paragraphs, or captions) of the article headed {@code headline}.
     *
     * @param pieceDone told each text index and its English as soon as its chunk is back (a paragraph cut into
     *                  pieces is told once per piece)
     * @param beforeCall told (chunk index, chunk count) before every model call; it may throw to stop the work
     *                   (a cancelled run)
     */
    public Translation translate(String headline, List<String> texts, Map<String, String> glossary,
            BiConsumer<Integer, String> pieceDone, BiConsumer<Integer, Integer> beforeCall) {
        if (texts.isEmpty()) {
            return new Translation(List.of(), true, 0);
        }
        List<Chunk> chunks = Chunker.pack(texts, config.chunking().maxTokens());
        List<Supplier<ChunkTranslation>> jobs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            Chunk chunk = chunks.get(i);
            int index = i;
            String context = i == 0 ? NO_CONTEXT : context(chunks.get(i - 1));
            List<String> korean = chunk.pieces().stream().map(Piece::text).toList();
            String terms = glossaryFor(headline + "\n" + String.join("\n", korean), glossary);
            jobs.add(() -> {
                beforeCall.accept(index, chunks.size());
                ChunkTranslation raw = model.translateChunk(headline.isEmpty() ? "(none)" : headline, terms, context, korean);
                ChunkTranslation done = labelled(korean, raw);
                for (int p = 0; p < chunk.pieces().size(); p++) {
                    pieceDone.accept(chunk.pieces().get(p).paragraph(), done.english().get(p));
                }
                return done;
            });
        }
        List<ChunkTranslation> done = calls.all(jobs);
        return assemble(texts.size(), chunks, done);
    }

    /** Broadcast speaker labels stay labels in English ([앵커] → [Anchor]), whatever the model wrote. */
    private static ChunkTranslation labelled(List<String> korean, ChunkTranslation done) {
        List<String> english = new ArrayList<>();
        for (int p = 0; p < korean.size(); p++) {
            english.add(SpeakerLabels.keep(korean.get(p), done.english().get(p)));
        }
        return new ChunkTranslation(english, done.complete());
    }

    private static Translation assemble(int count, List<Chunk> chunks, List<ChunkTranslation> done) {
        // Pieces of one over-long paragraph come back separately: join them in order.
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new ArrayList<>());
        }
        boolean complete = true;
        for (int c = 0; c < chunks.size(); c++) {
            List<Piece> pieces = chunks.get(c).pieces();
            for (int p = 0; p < pieces.size(); p++) {
                parts.get(pieces.get(p).paragraph()).add(done.get(c).english().get(p));
            }
            complete &= done.get(c).complete();
        }
        List<String> english = parts.stream()
                .map(list -> list.stream().filter(s -> !s.isBlank()).collect(Collectors.joining(" ")))
                .toList();
        return new Translation(english, complete, chunks.size());
    }

    /** The last sentences of the previous chunk, up to the context budget. */
    String context(Chunk previous) {
        List<Piece> pieces = previous.pieces();
        List<String> sentences = SentenceSplitter.split(pieces.get(pieces.size() - 1).text());
        List<String> kept = new ArrayList<>();
        int tokens = 0;
        for (int i = sentences.size() - 1; i >= 0; i--) {
            int t = TokenEstimate.of(sentences.get(i));
            if (!kept.isEmpty() && tokens + t > config.chunking().contextTokens()) {
                break;
            }
            kept.add(sentences.get(i).strip());
            tokens += t;
        }
        Collections.reverse(kept);
        return String.join(" ", kept);
    }

    /** Glossary lines for the terms that occur in the text; the rest would only cost tokens. */
    static String glossaryFor(String text, Map<String, String> glossary) {
        Map<String, String> used = new LinkedHashMap<>();
        glossary.forEach((ko, en) -> {
            if (text.contains(ko)) {
                used.put(ko, en);
            }
        });
        return used.isEmpty() ? NO_GLOSSARY
                : used.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
