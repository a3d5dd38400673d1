package dev.yoyak.pipeline;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.cache.CacheKey;
import dev.yoyak.cache.ResultCache;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.KoreanText;
import dev.yoyak.llm.ArticleModel;
import dev.yoyak.llm.Bilingual;
import dev.yoyak.llm.Prompts;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** One article's way from request to answer: normalize, check, look up the cache, call the model, store. */
@ApplicationScoped
public class SummarizePipeline {

    private static final Logger LOG = Logger.getLogger(SummarizePipeline.class);

    private final ArticleModel model;
    private final ResultCache cache;
    private final ObjectMapper json;
    private final YoyakConfig config;
    private final String promptVersion = Prompts.classpathVersion();

    public SummarizePipeline(ArticleModel model, ResultCache cache, ObjectMapper json, YoyakConfig config) {
        this.model = model;
        this.cache = cache;
        this.json = json;
        this.config = config;
    }

    /** Options of one request that change the answer. */
    public record Options(int summarySentences, boolean readCache) {
    }

    /** The answer for one article: from the cache when allowed and present, else from the model. */
    public SummaryResult summarize(String rawText, Options options) {
        String text = accept(rawText);
        String id = CacheKey.of(text, Map.of("summarySentences", options.summarySentences()), promptVersion,
                model.modelId());
        if (options.readCache()) {
            Optional<SummaryResult> hit = read(id);
            if (hit.isPresent()) {
                LOG.debugf("Cache hit %s", id);
                return hit.get();
            }
        }
        LOG.infof("Summarizing article %s (%d characters)", id, text.length());
        SummaryResult result = run(id, text, options);
        store(result);
        return result;
    }

    /** The prompt version every answer of this service carries. */
    public String promptVersion() {
        return promptVersion;
    }

    private String accept(String rawText) {
        String text = KoreanText.normalize(rawText == null ? "" : rawText);
        if (text.isEmpty()) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.EMPTY, "The article text is empty.");
        }
        int length = text.codePointCount(0, text.length());
        if (length > config.maxChars()) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.TOO_LONG,
                    "The article has " + length + " characters; the limit is " + config.maxChars() + ".");
        }
        if (!KoreanText.containsHangul(text)) {
            throw new ArticleRejectedException(ArticleRejectedException.Reason.NOT_KOREAN,
                    "The text contains no Hangul; yoyak translates Korean news articles.");
        }
        return text;
    }

    private SummaryResult run(String id, String text, Options options) {
        // Summary and translation are independent: the summary runs on a worker while this thread translates.
        CompletableFuture<Bilingual> summary = CompletableFuture.supplyAsync(
                () -> model.summarize(text, options.summarySentences()), Infrastructure.getDefaultWorkerPool());
        String translation;
        try {
            translation = String.join("\n\n", KoreanText.paragraphs(model.translate(text)));
        } catch (RuntimeException e) {
            summary.cancel(true);
            throw e;
        }
        try {
            return new SummaryResult(id, translation, summary.join(), model.modelId(), promptVersion, false,
                    Instant.now());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Optional<SummaryResult> read(String id) {
        return cache.get(id).flatMap(stored -> {
            try {
                return Optional.of(json.readValue(stored, SummaryResult.class).withCached(true));
            } catch (JsonProcessingException e) {
                // An entry this version cannot read is worth nothing: drop it and answer afresh.
                LOG.warnf("Dropping unreadable cache entry %s: %s", id, e.getOriginalMessage());
                cache.evict(id);
                return Optional.empty();
            }
        });
    }

    private void store(SummaryResult result) {
        try {
            cache.put(result.id(), json.writeValueAsString(result));
        } catch (JsonProcessingException e) {
            LOG.errorf("Result %s not cached: %s", result.id(), e.getOriginalMessage());
        }
    }
}
