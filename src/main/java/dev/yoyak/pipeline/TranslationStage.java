package dev.yoyak.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.article.Async;
import dev.yoyak.article.Check;
import dev.yoyak.article.Entities.Entity;
import dev.yoyak.article.Entities;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Chunker.Chunk;
import dev.yoyak.korean.Chunker.Piece;
import dev.yoyak.korean.Chunker;
import dev.yoyak.korean.SentenceSplitter;
import dev.yoyak.korean.SpeakerLabels;
import dev.yoyak.korean.TokenEstimate;
import dev.yoyak.llm.ArticleLlm.ChunkTranslation;
import dev.yoyak.llm.ArticleLlm.Extras;
import dev.yoyak.llm.ArticleLlm;

/**
 * Translates an article chunk by chunk, reading each source text once. A body that fits one chunk is one call.
 * A longer body starts with a short lead chunk whose call also lists the names it meets; those names (under the
 * request's own glossary) are the glossary of the remaining chunks, which run concurrently. Every body call also
 * returns notes of its key facts, from which the summary is written. Each prompt carries the headline, the
 * glossary and a little preceding text, never the whole article, and starts the same in every call so prefix
 * caches can reuse it.
 */
@ApplicationScoped
public class TranslationStage {

    static final String NO_CONTEXT = "(start of the article)";
    static final String NO_GLOSSARY = "(none)";

    private final ArticleLlm model;
    private final ModelCalls calls;
    private final YoyakConfig config;

    public TranslationStage(ArticleLlm model, ModelCalls calls, YoyakConfig config) {
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
     * @param notes    key facts per chunk, in order (the chunk's first English paragraph where the model gave none)
     * @param problems what is still wrong with the English after every re-ask
     */
    public record Translation(List<String> english, boolean complete, int chunks, List<String> notes,
            List<Check> problems) {
    }

    /** A translated article: body, captions, and the glossary its chunks shared. */
    public record ArticleEnglish(Translation body, Translation captions, List<Entity> entities) {
    }

    /**
     * Translates the {@code body} (headline first, when there is one) and {@code captions} of the article headed
     * {@code headline}; {@code glossary} is the request's and wins over the names the model lists.
     *
     * @param pieceDone  told each body text index and its English as soon as it has been generated (a paragraph
     *                   cut into pieces is told once per piece)
     * @param beforeCall told (chunk index, chunk count) before every body call; it may throw to stop the work
     *                   (a cancelled run)
     */
    public ArticleEnglish translate(String headline, List<String> body, List<String> captions,
            Map<String, String> glossary, BiConsumer<Integer, String> pieceDone, BiConsumer<Integer, Integer> beforeCall) {
        String head = headline.isEmpty() ? "(none)" : headline;
        YoyakConfig.Chunking budget = config.chunking();
        int parallel = Math.min(config.concurrency().perRequest(), model.parallelism());
        List<Chunk> chunks = new ArrayList<>(
                Chunker.plan(body, budget.leadTokens(), budget.maxTokens(), budget.minTokens(), parallel));
        if (chunks.isEmpty()) {
            return new ArticleEnglish(new Translation(List.of(), true, 0, List.of(), List.of()),
                    translate(head, captions, glossaryText(glossary)), entities(List.of(), glossary));
        }
        // Each chunk's context is the body text before it (computed before captions join the lead).
        List<String> contexts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            contexts.add(i == 0 ? NO_CONTEXT : context(chunks.get(i - 1)));
        }
        // Captions that fit ride along with the lead call: one call fewer, and the names they introduce (people
        // pictured) join the glossary. They are numbered after the body.
        int captionTokens = captions.stream().mapToInt(TokenEstimate::of).sum();
        boolean captionsInLead = !captions.isEmpty() && chunks.get(0).tokens() + captionTokens <= budget.maxTokens();
        if (captionsInLead) {
            List<Piece> lead = new ArrayList<>(chunks.get(0).pieces());
            for (int i = 0; i < captions.size(); i++) {
                lead.add(new Piece(body.size() + i, captions.get(i)));
            }
            chunks.set(0, new Chunk(List.copyOf(lead)));
        }
        int count = body.size() + (captionsInLead ? captions.size() : 0);
        // A paragraph told again is a repaired one; a paragraph cut into pieces is told once, by its first piece.
        Map<Integer, Long> pieces = chunks.stream().flatMap(c -> c.pieces().stream())
                .collect(Collectors.groupingBy(Piece::paragraph, Collectors.counting()));
        java.util.Set<Integer> toldOnce = java.util.concurrent.ConcurrentHashMap.newKeySet();
        BiConsumer<Integer, String> bodyDone = (index, english) -> {
            if (index < body.size() && (pieces.get(index) == 1 || toldOnce.add(index))) {
                pieceDone.accept(index, english);
            }
        };
        ChunkTranslation lead = calls.call(
                () -> job(head, glossaryText(glossary), chunks, contexts, 0, Extras.NOTES_AND_NAMES, bodyDone, beforeCall).get());
        List<Entity> entities = entities(found(lead, headline, body, captions), glossary);
        Map<String, String> terms = new LinkedHashMap<>();
        entities.forEach(e -> terms.put(e.ko(), e.en()));
        // The same glossary text in every later call, so its prompts share one prefix.
        String shared = glossaryText(terms);
        CompletableFuture<Translation> captionEnglish = captionsInLead ? null
                : calls.background(() -> translate(head, captions, shared));
        List<Supplier<ChunkTranslation>> jobs = new ArrayList<>();
        for (int i = 1; i < chunks.size(); i++) {
            jobs.add(job(head, shared, chunks, contexts, i, Extras.NOTES, bodyDone, beforeCall));
        }
        List<ChunkTranslation> done = new ArrayList<>();
        done.add(lead);
        try {
            done.addAll(calls.all(jobs));
            Translation all = assemble(count, chunks, done);
            Translation bodyEnglish = new Translation(all.english().subList(0, body.size()), all.complete(),
                    all.chunks(), all.notes(), all.problems());
            Translation captionsEnglish = captionsInLead
                    ? new Translation(all.english().subList(body.size(), count), all.complete(), 0, List.of(), List.of())
                    : Async.join(captionEnglish);
            return new ArticleEnglish(bodyEnglish, captionsEnglish, entities);
        } finally {
            if (captionEnglish != null) {
                captionEnglish.cancel(true);
            }
        }
    }

    /** Captions: chunks of their own, with the glossary, asking for nothing but the translation. */
    private Translation translate(String head, List<String> texts, String glossary) {
        if (texts.isEmpty()) {
            return new Translation(List.of(), true, 0, List.of(), List.of());
        }
        List<Chunk> chunks = Chunker.pack(texts, config.chunking().maxTokens());
        List<String> contexts = java.util.Collections.nCopies(chunks.size(), NO_CONTEXT);
        List<Supplier<ChunkTranslation>> jobs = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            jobs.add(job(head, glossary, chunks, contexts, i, Extras.NONE, (index, english) -> { }, (chunk, count) -> { }));
        }
        return assemble(texts.size(), chunks, calls.all(jobs));
    }

    private Supplier<ChunkTranslation> job(String head, String glossary, List<Chunk> chunks, List<String> contexts,
            int index, Extras extras, BiConsumer<Integer, String> pieceDone, BiConsumer<Integer, Integer> beforeCall) {
        Chunk chunk = chunks.get(index);
        String context = contexts.get(index);
        List<String> korean = chunk.pieces().stream().map(Piece::text).toList();
        return () -> {
            beforeCall.accept(index, chunks.size());
            // Broadcast speaker labels stay labels in English ([앵커] → [Anchor]), whatever the model wrote.
            ChunkTranslation done = labelled(korean, model.translateChunk(head, glossary, context, korean, extras,
                    (p, english) -> pieceDone.accept(chunk.pieces().get(p).paragraph(),
                            SpeakerLabels.keep(korean.get(p), english))));
            for (int p = 0; p < chunk.pieces().size(); p++) {
                pieceDone.accept(chunk.pieces().get(p).paragraph(), done.english().get(p));
            }
            return done;
        };
    }

    private static ChunkTranslation labelled(List<String> korean, ChunkTranslation done) {
        List<String> english = new ArrayList<>();
        for (int p = 0; p < korean.size(); p++) {
            english.add(SpeakerLabels.keep(korean.get(p), done.english().get(p)));
        }
        return new ChunkTranslation(english, done.complete(), done.notes(), done.names(), done.problems());
    }

    private static Translation assemble(int count, List<Chunk> chunks, List<ChunkTranslation> done) {
        // Pieces of one over-long paragraph come back separately: join them in order.
        List<List<String>> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(new ArrayList<>());
        }
        boolean complete = true;
        List<String> notes = new ArrayList<>();
        List<Check> problems = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            List<Piece> pieces = chunks.get(c).pieces();
            for (int p = 0; p < pieces.size(); p++) {
                parts.get(pieces.get(p).paragraph()).add(done.get(c).english().get(p));
            }
            complete &= done.get(c).complete();
            problems.addAll(done.get(c).problems());
            String note = done.get(c).notes();
            notes.add(!note.isBlank() ? note
                    : done.get(c).english().stream().filter(s -> !s.isBlank()).findFirst().orElse(""));
        }
        List<String> english = parts.stream()
                .map(list -> list.stream().filter(s -> !s.isBlank()).collect(Collectors.joining(" ")))
                .toList();
        return new Translation(english, complete, chunks.size(), notes, problems);
    }

    /** Names the lead call listed that really occur in the article (a model may list what it imagines). */
    private static List<Entity> found(ChunkTranslation lead, String headline, List<String> body, List<String> captions) {
        String text = headline + "\n" + String.join("\n", body) + "\n" + String.join("\n", captions);
        return lead.names().stream().filter(e -> text.contains(e.ko())).toList();
    }

    /** The listed names, with the request's glossary taking precedence and added where the model missed a term. */
    private static List<Entity> entities(List<Entity> listed, Map<String, String> glossary) {
        Map<String, Entity> merged = new LinkedHashMap<>();
        listed.forEach(e -> merged.putIfAbsent(e.ko(), e));
        glossary.forEach((ko, en) -> {
            Entity known = merged.get(ko);
            merged.put(ko, new Entity(ko, en, known == null ? Entities.TERM : known.type()));
        });
        return List.copyOf(merged.values());
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

    /** Glossary lines, {@code Korean = English}. */
    static String glossaryText(Map<String, String> glossary) {
        return glossary.isEmpty() ? NO_GLOSSARY
                : glossary.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining("\n"));
    }
}
