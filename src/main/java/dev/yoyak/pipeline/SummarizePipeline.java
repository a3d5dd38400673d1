package dev.yoyak.pipeline;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.yoyak.article.AnswerNotReadyException;
import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.article.Async;
import dev.yoyak.article.ProgressEvent;
import dev.yoyak.article.RequestOptions;
import dev.yoyak.article.SummaryForm;
import dev.yoyak.article.SummaryResult;
import dev.yoyak.cache.CacheKey;
import dev.yoyak.cache.EntryIdentity;
import dev.yoyak.cache.ResultCache;
import dev.yoyak.cache.StoredAnswer;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.korean.Article;
import dev.yoyak.korean.ArticleParser;
import dev.yoyak.korean.KoreanText;
import dev.yoyak.llm.ArticleLlm;
import dev.yoyak.llm.Prompts;

/** One article's way from request to answer: normalize, check, look up the cache, run the model work, store. */
@ApplicationScoped
public class SummarizePipeline {

    private static final Logger LOG = Logger.getLogger(SummarizePipeline.class);

    /** Runs under way by cache key: identical requests arriving together share one run (single-flight). */
    private final ConcurrentHashMap<String, SharedRun> inFlight = new ConcurrentHashMap<>();
    private final Admission admission;
    private final ArticleRun run;
    private final ArticleLlm model;
    private final ResultCache cache;
    private final AnswerCodec codec;
    private final YoyakConfig config;
    private final PipelineThreads threads;
    private final String promptVersion = Prompts.classpathVersion();
    /** The chunk budgets in force: they decide how an article is cut into calls, so they key its answer too. */
    private final Map<String, Integer> chunking;

    public SummarizePipeline(Admission admission, PipelineThreads threads, ArticleRun run, ArticleLlm model,
            ResultCache cache, AnswerCodec codec, YoyakConfig config) {
        this.threads = threads;
        this.admission = admission;
        this.run = run;
        this.model = model;
        this.cache = cache;
        this.codec = codec;
        this.config = config;
        YoyakConfig.Chunking c = config.chunking();
        this.chunking = Map.of("max", c.maxTokens(), "context", c.contextTokens(), "lead", c.leadTokens(),
                "min", c.minTokens(), "summary", c.summaryTokens());
    }

    /** The answer for one article: from the cache when allowed and present, else from the model. */
    public SummaryResult summarize(String rawText, RequestOptions options) {
        return summarize(prepare(rawText, options));
    }

    /**
     * The answer for an accepted request: from the cache when allowed and present, else from the model. Waits at
     * most {@code yoyak.limits.answer-timeout} (then {@link AnswerNotReadyException}).
     */
    public SummaryResult summarize(Prepared request) {
        return Async.join(answer(request));
    }

    /**
     * The answer for an accepted request as a future of this request's own: it fails with
     * {@link AnswerNotReadyException} after {@code yoyak.limits.answer-timeout}, while the run goes on (and
     * caches its answer) for the others that wait for it and for the next ask. Waiting on it holds no thread.
     */
    public CompletableFuture<SummaryResult> answer(Prepared request) {
        Duration limit = config.limits().answerTimeout();
        return watch(request, event -> { }).result().copy().orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    if (Async.cause(failure) instanceof TimeoutException) {
                        throw new AnswerNotReadyException(limit, config.backend().retryAfter());
                    }
                    throw Async.rethrow(failure);
                });
    }

    /**
     * An accepted request: the normalized text, the cleaned glossary and the cache key they make with the options.
     *
     * @param id the cache key, also the answer's {@code id}
     */
    public record Prepared(String id, String text, Map<String, String> glossary, RequestOptions options) {
    }

    /** Normalizes and checks the text (rejecting bad input by exception) and computes the cache key. */
    public Prepared prepare(String rawText, RequestOptions options) {
        String text = accept(rawText);
        Map<String, String> glossary = glossary(options.glossary());
        SummaryForm form = options.summary();
        // The glossary is keyed as a map (canonical JSON), never as a joined string that two glossaries can share.
        Map<String, Object> keyed = options.translateOnly()
                ? Map.of("mode", "translate", "glossary", glossary, "chunking", chunking)
                : Map.of("summarySentences", form.sentences(), "summaryStyle", form.style().value(),
                        "koreanRegister", form.register().value(), "glossary", glossary, "chunking", chunking);
        String id = CacheKey.of(text, keyed, promptVersion, model.modelIdentity());
        return new Prepared(id, text, glossary, options);
    }

    /**
     * The model a cache key depends on besides the request: a key computed earlier stays valid while this is
     * equal (the prompt version, the key's other part, is fixed for the life of the process).
     */
    public String keyModel() {
        return model.modelIdentity();
    }

    /**
     * A client's view of a run: its result, and {@code leave} to say the client is gone. When every client of a
     * run has left, the run stops before its next model call and nothing is cached.
     */
    public record Watch(CompletableFuture<SummaryResult> result, Runnable leave) {
    }

    /**
     * Starts (or joins) the run for an article and reports its progress to {@code listener}. Bad input is
     * rejected at once, by exception; a cache hit comes back completed.
     */
    public Watch watch(String rawText, RequestOptions options, Consumer<ProgressEvent> listener) {
        return watch(prepare(rawText, options), listener);
    }

    /** {@link #watch(String, RequestOptions, Consumer)} for a request already accepted by {@link #prepare}. */
    public Watch watch(Prepared request, Consumer<ProgressEvent> listener) {
        String id = request.id();
        String text = request.text();
        RequestOptions options = request.options();
        Map<String, String> glossary = request.glossary();
        if (options.readCache()) {
            Optional<SummaryResult> hit = read(id);
            if (hit.isPresent()) {
                LOG.debugf("Cache hit %s", id);
                return new Watch(CompletableFuture.completedFuture(hit.get()), () -> { });
            }
        }
        Article article = options.translateOnly() ? ArticleInput.verbatim(text) : ArticleInput.bodyOf(ArticleParser.parse(text));
        SharedRun mine = new SharedRun();
        SharedRun run = inFlight.putIfAbsent(id, mine);
        if (run == null) {
            run = mine;
        } else {
            LOG.debugf("Joining the run of %s already under way", id);
        }
        run.listeners.add(listener);
        run.waiters.incrementAndGet();
        if (run == mine) {
            try {
                threads.runs().execute(() -> execute(id, text, article, options, glossary, mine));
            } catch (RejectedExecutionException e) {
                // Every run place and queue place is taken: refused at once, like a full admission queue.
                inFlight.remove(id, mine);
                mine.result.completeExceptionally(admission.full());
            }
        }
        SharedRun joined = run;
        return new Watch(joined.result, () -> joined.leave(listener));
    }

    private void execute(String id, String text, Article article, RequestOptions options,
            Map<String, String> glossary, SharedRun run) {
        try {
            run.result.complete(admission.run(() -> runAndStore(id, text, article, options, glossary, run)));
        } catch (Throwable e) {
            // Whatever is thrown (a StackOverflowError too), every waiter of this run gets an answer.
            if (!(e instanceof RuntimeException)) {
                LOG.errorf(e, "Run of article %s failed", id);
            }
            run.result.completeExceptionally(e);
        } finally {
            inFlight.remove(id, run);
        }
    }

    private SummaryResult runAndStore(String id, String text, Article article, RequestOptions options,
            Map<String, String> glossary, SharedRun run) {
        LOG.infof("Translating article %s (%d characters, %d paragraphs)", id, text.length(), article.paragraphs().size());
        ArticleRun.Outcome outcome = this.run.run(id, article, options.summary(), !options.translateOnly(), glossary,
                promptVersion, run::emit);
        if (storable(outcome)) {
            store(outcome.result());
        } else {
            // A partial answer is still worth showing, with its checks, but never worth keeping.
            LOG.warnf("Article %s came back incomplete; not cached", id);
        }
        return outcome.result();
    }

    /** The one place that decides whether a run's answer may be kept in the cache tiers. */
    private static boolean storable(ArticleRun.Outcome outcome) {
        return outcome.complete();
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
        return cached(id).map(codec::decode);
    }

    /** The stored answer for a key, from whichever tier holds it (may read the disk or Redis: not on the event loop). */
    public Optional<StoredAnswer> cached(String id) {
        // A shared tier's entry must be the answer to this very key, made by this model with these prompts.
        EntryIdentity expected = new EntryIdentity(id, model.modelId(), promptVersion);
        return cache.get(id, text -> codec.restore(text, expected));
    }

    /** The stored answer if the memory tier holds it; never blocks. */
    public Optional<StoredAnswer> cachedInMemory(String id) {
        return cache.inMemory(id);
    }

    /** The entity tag of an answer: the one its cached copy is served with. */
    public String entityTag(SummaryResult result) {
        return codec.stored(result).etag();
    }

    private void store(SummaryResult result) {
        try {
            cache.put(result.id(), codec.stored(result));
        } catch (UncheckedIOException e) {
            LOG.errorf("Result %s not cached: %s", result.id(), e.getCause().getMessage());
        }
    }
}
