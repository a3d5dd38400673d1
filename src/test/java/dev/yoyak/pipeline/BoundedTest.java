package dev.yoyak.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

/** The one limiter of concurrent work: never more than asked at once, results in order, nothing after a failure. */
class BoundedTest {

    private final List<CompletableFuture<Integer>> pending = new ArrayList<>();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    private List<Supplier<CompletableFuture<Integer>>> tasks(int count) {
        List<Supplier<CompletableFuture<Integer>>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tasks.add(() -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                CompletableFuture<Integer> task = new CompletableFuture<>();
                pending.add(task);
                return task;
            });
        }
        return tasks;
    }

    private void finish(int index, int value) {
        running.decrementAndGet();
        pending.get(index).complete(value);
    }

    @Test
    void atMostTheBoundRunAndResultsKeepTheirOrder() {
        CompletableFuture<List<Integer>> all = Bounded.inOrder(tasks(5), 2);
        assertEquals(2, pending.size());
        finish(1, 11);
        finish(0, 10);
        finish(3, 13);
        finish(2, 12);
        finish(4, 14);
        assertEquals(List.of(10, 11, 12, 13, 14), all.join());
        assertEquals(2, most.get());
    }

    @Test
    void afterAFailureNoFurtherTaskStarts() {
        CompletableFuture<List<Integer>> all = Bounded.inOrder(tasks(5), 2);
        pending.get(0).completeExceptionally(new IllegalStateException("backend down"));
        CompletionException e = assertThrows(CompletionException.class, all::join);
        assertEquals("backend down", e.getCause().getMessage());
        finish(1, 11);
        assertEquals(2, pending.size());
        assertTrue(all.isCompletedExceptionally());
    }
}
