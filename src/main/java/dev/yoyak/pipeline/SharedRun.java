package dev.yoyak.pipeline;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import dev.yoyak.article.ProgressEvent;
import dev.yoyak.article.SummaryResult;

/** One run under way, shared by identical requests: its result, who watches it, and how many clients still wait. */
final class SharedRun {

    final CompletableFuture<SummaryResult> result = new CompletableFuture<>();
    final List<Consumer<ProgressEvent>> listeners = new CopyOnWriteArrayList<>();
    final AtomicInteger waiters = new AtomicInteger();
    volatile boolean cancelled;

    void emit(ProgressEvent event) {
        if (cancelled) {
            throw new CancellationException("every client of this run has gone");
        }
        for (Consumer<ProgressEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // One client's broken connection must not stop a run others wait for.
                listeners.remove(listener);
            }
        }
    }

    void leave(Consumer<ProgressEvent> listener) {
        listeners.remove(listener);
        if (waiters.decrementAndGet() == 0 && !result.isDone()) {
            cancelled = true;
        }
    }
}
