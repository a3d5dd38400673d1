package dev.yoyak.pipeline;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.article.OverloadedException;
import dev.yoyak.config.YoyakConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * Admission control for pipeline runs: at most {@code yoyak.limits.max-runs} at once, at most
 * {@code yoyak.limits.queue} waiting (each for at most {@code queue-timeout}); anything beyond is refused at
 * once with {@link OverloadedException}, so a burst can never grow threads, queues or memory without bound.
 */
// Created at start-up so its gauges are exported before the first request.
@Startup
@ApplicationScoped
public class Admission {

    private final Semaphore runs;
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();
    private final YoyakConfig.Limits limits;
    private final MeterRegistry registry;

    public Admission(YoyakConfig config, MeterRegistry registry) {
        this.limits = config.limits();
        this.registry = registry;
        this.runs = new Semaphore(limits.maxRuns(), true);
        Gauge.builder("yoyak.pipelines.running", running, AtomicInteger::get).strongReference(true)
                .description("Pipeline runs under way").register(registry);
        Gauge.builder("yoyak.pipelines.queued", queued, AtomicInteger::get).strongReference(true)
                .description("Requests waiting for a pipeline slot").register(registry);
    }

    /** Runs {@code work} once admitted; throws {@link OverloadedException} when the service is full. */
    public <T> T run(java.util.function.Supplier<T> work) {
        acquire();
        running.incrementAndGet();
        try {
            return work.get();
        } finally {
            running.decrementAndGet();
            runs.release();
        }
    }

    /** The refusal of a run when every slot and queue place is taken (counted as such). */
    public OverloadedException full() {
        registry.counter("yoyak.requests.rejected", "reason", "queue-full").increment();
        return new OverloadedException("All " + limits.maxRuns() + " pipeline slots are busy and "
                + limits.queue() + " requests are already waiting.", limits.retryAfter());
    }

    private void acquire() {
        if (runs.tryAcquire()) {
            return;
        }
        if (queued.incrementAndGet() > limits.queue()) {
            queued.decrementAndGet();
            throw full();
        }
        try {
            if (!runs.tryAcquire(limits.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                registry.counter("yoyak.requests.rejected", "reason", "queue-timeout").increment();
                throw new OverloadedException("No pipeline slot became free within " + limits.queueTimeout().toSeconds()
                        + " s.", limits.retryAfter());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OverloadedException("Interrupted while waiting for a pipeline slot.", limits.retryAfter());
        } finally {
            queued.decrementAndGet();
        }
    }
}
