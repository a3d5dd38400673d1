package dev.yoyak.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.cache.CacheKey;
import dev.yoyak.cache.ResultCache;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Article;
import dev.yoyak.korean.ArticleParser;
import dev.yoyak.korean.KoreanText;
import dev.yoyak.llm.ArticleModel;
import dev.yoyak.llm.Prompts;

/** One article's way from request to answer: normalize, check, look up the cache, run the model work, store. */
@ApplicationScoped
public class SummarizePipeline {

    private static final Logger LOG = Logger.getLogger(SummarizePipeline.class);

    /** Runs under way by cache key: identical requests arriving together share one run (single-flight). */
    private final ConcurrentHashMap<String, CompletableFuture<SummaryResult>> inFlight = new ConcurrentHashMap<>();
    private final Admission admission;
    private final ArticleRun run;
    private final ArticleModel model;
    private final ResultCache cache;
    private final ObjectMapper json;
    private final YoyakConfig config;
    private final String promptVersion = Prompts.classpathVersion();

    public SummarizePipeline(Admission admission, ArticleRun run, ArticleModel model, ResultCache cache,
            ObjectMapper json, YoyakConfig config) {
        this.admission = admission;
        this.run = run;
        this.model = model;
        this.cache = cache;
        this.json = json;
        this.config = config;
    }

    /** Options of one request: those that change the answer, and whether the cache may answer. */
    public record Options(int summarySentences, Map<String, String> glossary, boolean readCache) {

        /** Options with no glossary. */
        public Options(int summarySentences, boolean readCache) {
            this(summarySentences, Map.of(), readCache);
        }
    }

    /** The answer for one article: from the cache when allowed and present, else from the model. */
    public SummaryResult summarize(String rawText, Options options) {
        String text = accept(rawText);
        Map<String, String> glossary = glossary(options.glossary());
        String id = CacheKey.of(text, Map.of("summarySentences", options.summarySentences(),
                "glossary", glossary.toString()), promptVersion, model.modelId());
        if (options.readCache()) {
            Optional<SummaryResult> hit = read(id);
            if (hit.isPresent()) {
                LOG.debugf("Cache hit %s", id);
                return hit.get();
            }
        }
        Article article = bodyOf(ArticleParser.parse(text));
        CompletableFuture<SummaryResult> mine = new CompletableFuture<>();
        CompletableFuture<SummaryResult> running = inFlight.putIfAbsent(id, mine);
        if (running != null) {
            LOG.debugf("Joining the run of %s already under way", id);
            return joinRun(running);
        }
        try {
            SummaryResult result = admission.run(() -> runAndStore(id, text, article, options, glossary));
            mine.complete(result);
            return result;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(id, mine);
        }
    }

    private SummaryResult runAndStore(String id, String text, Article article, Options options,
            Map<String, String> glossary) {
        LOG.infof("Translating article %s (%d characters, %d paragraphs)", id, text.length(), article.paragraphs().size());
        ArticleRun.Outcome outcome = run.run(id, article, options.summarySentences(), glossary, promptVersion);
        if (outcome.complete()) {
            store(outcome.result());
        } else {
            // A partial answer is still worth showing, with its checks, but never worth keeping.
            LOG.warnf("Article %s came back incomplete; not cached", id);
        }
        return outcome.result();
    }

    private static SummaryResult joinRun(CompletableFuture<SummaryResult> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            throw ModelCalls.unwrap(e);
        }
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

    /** A page that is only a headline is translated as body text; a page that is only furniture is rejected. */
    private static Article bodyOf(Article article) {
        if (!article.paragraphs().isEmpty()) {
            return article;
        }
        if (!article.title().isEmpty()) {
            return new Article("", article.byline(), article.publishedAt(), List.of(article.title()), article.captions());
        }
        if (!article.captions().isEmpty()) {
            return new Article("", article.byline(), article.publishedAt(), article.captions(), List.of());
        }
        throw new ArticleRejectedException(ArticleRejectedException.Reason.NOT_KOREAN,
                "Only page furniture (byline, copyright, share buttons) was found; no article text to translate.");
    }

    /** The request glossary with blank entries dropped, sorted so it keys the cache the same way every time. */
    private static Map<String, String> glossary(Map<String, String> requested) {
        Map<String, String> clean = new TreeMap<>();
        if (requested != null) {
            requested.forEach((ko, en) -> {
                if (ko != null && en != null && !ko.isBlank() && !en.isBlank()) {
                    clean.put(KoreanText.normalize(ko), en.strip());
                }
            });
        }
        return clean;
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
