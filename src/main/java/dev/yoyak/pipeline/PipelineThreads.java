package dev.yoyak.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.config.YoyakConfig;

/**
 * The threads pipeline work runs on, apart from the HTTP worker pool that requests wait on: a thread per run
 * (at most {@code max-runs + queue}; a run beyond that is refused at once) and threads for model calls (as many as
 * the runs' own bounds let start: per-request calls of at most {@code max-runs} runs). A crowd of waiting
 * requests therefore never holds a thread a run needs, and a run's own tasks never queue behind its waiters.
 */
@ApplicationScoped
public class PipelineThreads {

    private final ThreadPoolExecutor runs;
    private final ExecutorService calls;

    public PipelineThreads(YoyakConfig config) {
        int places = config.limits().maxRuns() + config.limits().queue();
        this.runs = new ThreadPoolExecutor(places, places, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                named("yoyak-run-"));
        this.runs.allowCoreThreadTimeOut(true);
        // Unbounded as a pool but bounded by construction: only admitted runs start calls, each at most
        // concurrency.per-request at once (plus its captions); a fixed size could deadlock nested work.
        this.calls = Executors.newCachedThreadPool(named("yoyak-call-"));
    }

    /** Where runs execute; it refuses a run ({@link java.util.concurrent.RejectedExecutionException}) when full. */
    ThreadPoolExecutor runs() {
        return runs;
    }

    /** Where model calls and work that makes them (captions, chunk sets) execute. */
    ExecutorService calls() {
        return calls;
    }

    @PreDestroy
    void stop() {
        runs.shutdownNow();
        calls.shutdownNow();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
