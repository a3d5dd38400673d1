package dev.yoyak.article;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one place that takes a task's failure out of its asynchronous wrappers ({@link CompletionException},
 * {@link ExecutionException}), so every layer sees, maps and logs what the task itself threw.
 */
public final class Async {

    private Async() {
    }

    /** What the task threw, out of any number of wrappers. */
    public static Throwable cause(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    /**
     * What the task threw, ready to rethrow: an unchecked exception as it was thrown; anything else (an Error, a
     * checked exception) in a {@link CompletionException}, so callers that catch RuntimeException still see it.
     */
    public static RuntimeException rethrow(Throwable thrown) {
        Throwable e = cause(thrown);
        return e instanceof RuntimeException runtime ? runtime : new CompletionException(e);
    }

    /** The future's value; its failure is thrown as the task threw it ({@link #rethrow}). */
    public static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw rethrow(e);
        }
    }
}
