package dev.yoyak.pipeline;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.article.Async;
import dev.yoyak.config.YoyakConfig;

/**
 * Runs model calls concurrently within two bounds: per request ({@code yoyak.concurrency.per-request}) and
 * for the whole service ({@code yoyak.concurrency.global}), so a long article is as slow as its slowest
 * chunk while no burst of articles can open unbounded connections to the backend.
 */
@ApplicationScoped
public class ModelCalls {

    private final Semaphore global;
    private final int perRequest;
    private final PipelineThreads threads;

    public ModelCalls(YoyakConfig config, PipelineThreads threads) {
        this.global = new Semaphore(config.concurrency().global(), true);
        this.perRequest = config.concurrency().perRequest();
        this.threads = threads;
    }

    /** Starts one model call in the background, under the global bound. */
    private <T> CompletableFuture<T> async(Supplier<T> call) {
        return CompletableFuture.supplyAsync(() -> call(call), threads.calls());
    }

    /**
     * Starts work that itself makes bounded model calls (a map-reduce, a set of chunks). It holds no permit
     * while it waits for its calls, so nested work can never starve itself of permits.
     */
    public <T> CompletableFuture<T> background(Supplier<T> work) {
        // supplyAsync completes the future whatever the work throws, errors included.
        return CompletableFuture.supplyAsync(work, threads.calls());
    }

    /** Runs all calls, at most {@code per-request} at once, and returns their results in order. */
    public <T> List<T> all(List<Supplier<T>> calls) {
        return Async.join(Bounded.inOrder(calls.stream().map(call -> (Supplier<CompletableFuture<T>>) () -> async(call))
                .toList(), perRequest));
    }

    /** Makes one model call on this thread, under the global bound. */
    public <T> T call(Supplier<T> call) {
        global.acquireUninterruptibly();
        try {
            return call.get();
        } finally {
            global.release();
        }
    }
}
