package dev.yoyak.pipeline;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.yoyak.article.Async;

/**
 * The one limiter of concurrent work: tasks started at most {@code atOnce} at a time, the next as soon as one
 * finishes, their results kept in order. Used for the model calls of a request ({@link ModelCalls#all}) and for
 * the texts of a compatible-API request. After a failure no further task starts.
 */
public final class Bounded {

    private Bounded() {
    }

    /** Starts the tasks in order, at most {@code atOnce} running; completes with their results or the first failure. */
    public static <T> CompletableFuture<List<T>> inOrder(List<Supplier<CompletableFuture<T>>> tasks, int atOnce) {
        CompletableFuture<List<T>> all = new CompletableFuture<>();
        if (tasks.isEmpty()) {
            all.complete(List.of());
            return all;
        }
        Starter<T> starter = new Starter<>(tasks, all);
        for (int i = 0; i < Math.max(1, Math.min(atOnce, tasks.size())); i++) {
            starter.next();
        }
        return all;
    }

    /** Starts the next task whenever one finishes. */
    private static final class Starter<T> {
        private final List<Supplier<CompletableFuture<T>>> tasks;
        private final CompletableFuture<List<T>> all;
        private final Object[] results;
        private final AtomicInteger started = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();

        Starter(List<Supplier<CompletableFuture<T>>> tasks, CompletableFuture<List<T>> all) {
            this.tasks = tasks;
            this.all = all;
            this.results = new Object[tasks.size()];
        }

        void next() {
            int i = started.getAndIncrement();
            if (i >= tasks.size() || all.isDone()) {
                return;
            }
            CompletableFuture<T> task;
            try {
                task = tasks.get(i).get();
            } catch (RuntimeException e) {
                task = CompletableFuture.failedFuture(e);
            }
            task.whenComplete((value, failure) -> {
                if (failure != null) {
                    all.completeExceptionally(Async.cause(failure));
                    return;
                }
                results[i] = value;
                if (finished.incrementAndGet() == tasks.size()) {
                    @SuppressWarnings("unchecked")
                    List<T> inOrder = (List<T>) Arrays.asList(results.clone());
                    all.complete(inOrder);
                } else {
                    next();
                }
            });
        }
    }
}
