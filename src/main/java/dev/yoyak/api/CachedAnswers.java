package dev.yoyak.api;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.yoyak.article.Async;
import dev.yoyak.article.SummaryResult;
import dev.yoyak.cache.StoredAnswer;
import dev.yoyak.config.YoyakConfig;
import dev.yoyak.pipeline.SummarizePipeline;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The cache-hit path of {@code POST /summarize}. A request whose exact bytes (body, content type, query) were
 * seen before maps to the cache key they produced, so a repeat skips JSON parsing, text normalization and
 * hashing; when the memory tier holds that key, the stored answer bytes go out as they are, on the event loop.
 * Everything else (first sight, slower tiers, the model) runs on a worker thread.
 */
@ApplicationScoped
public class CachedAnswers {

    private final SummarizePipeline pipeline;
    private final Cache<RawRequest, Seen> seen;

    public CachedAnswers(SummarizePipeline pipeline, YoyakConfig config) {
        this.pipeline = pipeline;
        // Bounded in bytes like the answers it points at: a quarter of the memory tier's size, on top of it.
        this.seen = Caffeine.newBuilder()
                .maximumWeight(Math.max(1, config.cache().memorySize().asLongValue() / 4))
                .weigher((RawRequest request, Seen key) -> request.weight())
                .build();
    }

    /**
     * The answer to a request: from the memory tier at once when these bytes were seen before, else from
     * {@code prepare} (parse, validate, normalize, key: may throw for bad input) and the pipeline, off the
     * event loop. {@code noCache} skips every cache read; {@code ifNoneMatch} may turn a hit into a 304.
     */
    public Uni<Response> answer(RawRequest request, boolean noCache, String ifNoneMatch,
            Supplier<SummarizePipeline.Prepared> prepare) {
        if (!noCache) {
            Seen known = seen.getIfPresent(request);
            if (known != null && known.model().equals(pipeline.keyModel())) {
                Optional<StoredAnswer> hit = pipeline.cachedInMemory(known.id());
                if (hit.isPresent()) {
                    return Uni.createFrom().item(hit(hit.get(), ifNoneMatch));
                }
            }
        }
        // The worker thread prepares and starts (or joins) the run, then is free: the answer is awaited
        // without holding any thread, so a crowd waiting for one run costs no threads the run needs.
        return Uni.createFrom().item(() -> afresh(request, ifNoneMatch, prepare))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(answer -> Uni.createFrom().completionStage(answer))
                .onFailure().transform(Async::cause);
    }

    private CompletableFuture<Response> afresh(RawRequest request, String ifNoneMatch,
            Supplier<SummarizePipeline.Prepared> prepare) {
        SummarizePipeline.Prepared prepared = prepare.get();
        if (prepared.options().readCache()) {
            // Only requests that allow a cache read are remembered: the bytes then always mean "this key, read".
            seen.put(request, new Seen(prepared.id(), pipeline.keyModel()));
            Optional<StoredAnswer> hit = pipeline.cached(prepared.id());
            if (hit.isPresent()) {
                return CompletableFuture.completedFuture(hit(hit.get(), ifNoneMatch));
            }
        }
        return pipeline.answer(prepared).thenApply(result -> fresh(result, ifNoneMatch));
    }

    private Response fresh(SummaryResult result, String ifNoneMatch) {
        String tag = pipeline.entityTag(result);
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, tag).build();
    }

    private static Response hit(StoredAnswer answer, String ifNoneMatch) {
        if (matches(ifNoneMatch, answer.etag())) {
            return Response.notModified().header(HttpHeaders.ETAG, answer.etag()).build();
        }
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, answer.etag()).build();
    }

    /**
     * Weak comparison (RFC 9110 §13.1.2) of an If-None-Match list with a tag; {@code *} matches any answer.
     * A match answers 304 although this is a POST: /summarize changes nothing, it looks an answer up.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || opaque(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** The cache key a request's bytes produced, and the model it was computed for. */
    private record Seen(String id, String model) {
    }

    /** A request as received: which form, its content type and query (they change the answer) and its body. */
    public static final class RawRequest {
        private final String form;
        private final String contentType;
        private final String query;
        private final byte[] body;
        private final int hash;

        public RawRequest(String form, String contentType, String query, byte[] body) {
            this.form = form;
            this.contentType = contentType;
            this.query = query;
            this.body = body == null ? new byte[0] : body;
            // CRC32C is a CPU instruction: hashing a news page's body costs far less than reading it.
            CRC32C crc = new CRC32C();
            crc.update(this.body);
            this.hash = Objects.hash(form, contentType, query, (int) crc.getValue());
        }

        int weight() {
            return body.length + 128;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RawRequest that && hash == that.hash && form.equals(that.form)
                    && Objects.equals(contentType, that.contentType) && Objects.equals(query, that.query)
                    && Arrays.equals(body, that.body);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
