package dev.yoyak.llm;

import java.util.function.Supplier;

/**
 * Receives a model's answer while it is generated. A caller sets one for the model calls it makes on its own
 * thread ({@link #during}); the backend then streams its output into it (OpenAI-compatible streaming, or the
 * embedded engine's token iterator) while the call itself still returns the whole answer as usual.
 */
public interface PartialAnswer {

    /** A new attempt begins: what came before belongs to a failed attempt. */
    void start();

    /** The next piece of the answer. */
    void text(String piece);

    /** The listener of this thread's model calls, or null. */
    static PartialAnswer current() {
        return Holder.CURRENT.get();
    }

    /** Runs {@code call} with {@code listener} receiving the answers of the model calls it makes on this thread. */
    static <T> T during(PartialAnswer listener, Supplier<T> call) {
        PartialAnswer previous = Holder.CURRENT.get();
        Holder.CURRENT.set(listener);
        try {
            return call.get();
        } finally {
            Holder.CURRENT.set(previous);
        }
    }

    /** The thread-local slot (an interface cannot hold private state). */
    final class Holder {
        private static final ThreadLocal<PartialAnswer> CURRENT = new ThreadLocal<>();

        private Holder() {
        }
    }
}
