package dev.yoyak.api.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.article.Async;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.article.Bilingual;
import dev.yoyak.article.Check;
import dev.yoyak.article.QuotaExceededException;
import dev.yoyak.article.RequestOptions;
import dev.yoyak.article.SummaryResult;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.KoreanText;
import dev.yoyak.pipeline.Bounded;
import dev.yoyak.pipeline.SummarizePipeline;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Translation for the compatible APIs: each text goes through the same pipeline as {@code /summarize}
 * (normalization, chunking, glossary, cache, single-flight, admission) in its translate-only mode. Texts
 * without Hangul (numbers, names, English) come back as they are, without a model call.
 */
@ApplicationScoped
public class CompatTranslator {

    /** What a DeepL Pro account without a cost limit reports as its character limit. */
    static final long NO_LIMIT = 1_000_000_000_000L;

    private final SummarizePipeline pipeline;
    private final YoyakConfig config;
    private final MeterRegistry registry;
    private final AtomicLong characters = new AtomicLong();

    public CompatTranslator(SummarizePipeline pipeline, YoyakConfig config, MeterRegistry registry) {
        this.pipeline = pipeline;
        this.config = config;
        this.registry = registry;
    }

    /** One translated text and the characters it counted for. */
    public record Translated(String text, int characters) {
    }

    /** Characters translated through the compatible endpoints since the service started. */
    public long charactersUsed() {
        return characters.get();
    }

    /** The configured character quota, or empty when there is none. */
    public OptionalLong characterLimit() {
        return config.compat().characterLimit();
    }

    /** Most texts one request may carry. */
    public int maxTexts() {
        return config.compat().maxTexts();
    }

    /**
     * Translates {@code texts} in order; {@code html} keeps markup and translates text nodes. Up to
     * {@code yoyak.limits.max-runs} texts run at once, so one request cannot fill the admission queue alone.
     * Throws what the pipeline throws (rejected text, overload, backend failure) or {@link QuotaExceededException}.
     */
    public List<Translated> translate(List<String> texts, boolean html, String api) {
        long count = texts.stream().mapToLong(t -> t.codePointCount(0, t.length())).sum();
        OptionalLong limit = characterLimit();
        if (limit.isPresent() && characters.get() + count > limit.getAsLong()) {
            throw new QuotaExceededException("Character quota of " + limit.getAsLong() + " exceeded ("
                    + characters.get() + " used, this request has " + count + ").");
        }
        List<String> english = Async.join(Bounded.inOrder(texts.stream()
                .map(text -> (Supplier<CompletableFuture<String>>) () -> one(text, html)).toList(),
                config.limits().maxRuns()));
        characters.addAndGet(count);
        registry.counter("yoyak.compat.characters", "api", api).increment(count);
        List<Translated> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Translated(english.get(i), texts.get(i).codePointCount(0, texts.get(i).length())));
        }
        return out;
    }

    private CompletableFuture<String> one(String text, boolean html) {
        try {
            if (!KoreanText.containsHangul(text)) {
                return CompletableFuture.completedFuture(text);
            }
            if (html) {
                HtmlText markup = HtmlText.parse(text);
                if (markup.segments().isEmpty()) {
                    return CompletableFuture.completedFuture(text);
                }
                return run(String.join("\n", markup.segments())).thenApply(markup::render);
            }
            return run(text).thenApply(lines -> String.join("\n\n", lines));
        } catch (Throwable e) {
            // Whatever a text does to the parsers, its request gets an answer.
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The English of each line of the text, in order (the headline, when there is one, first). A text whose
     * English still fails validation after the re-asks (a line missing, left in Korean, in another language, a
     * loop...) is not answered: a 503 with Retry-After says so (such a result is not cached, so a later try asks
     * the model afresh), and no Korean line is ever presented as its English.
     */
    private CompletableFuture<List<String>> run(String text) {
        return pipeline.answer(pipeline.prepare(text, RequestOptions.translation(true)))
                .thenApply(CompatTranslator::lines);
    }

    private static List<String> lines(SummaryResult result) {
        List<Bilingual> pairs = new ArrayList<>();
        if (!result.title().ko().isEmpty()) {
            pairs.add(result.title());
        }
        pairs.addAll(result.paragraphs());
        Optional<Check> invalid = result.checks().stream().filter(Check::invalid).findFirst();
        if (invalid.isPresent() || pairs.stream().anyMatch(p -> p.en() == null || p.en().isBlank())) {
            throw new BackendUnavailableException("the model's translation of the text failed validation even "
                    + "after re-asks" + invalid.map(c -> " (" + c.kind() + ": " + c.detail() + ")").orElse(""), null);
        }
        return pairs.stream().map(Bilingual::en).toList();
    }
}
