package dev.yoyak.cache;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The in-memory tier: answers as bytes, bounded by their total size (a Caffeine weigher), not by a count — a
 * news page's answer weighs twenty times a one-line article's. Reads never block, so the event loop may use it.
 */
final class MemoryTier {

    private final Cache<String, StoredAnswer> answers;

    MemoryTier(long maxBytes) {
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, StoredAnswer answer) -> answer.weight())
                .build();
    }

    Optional<StoredAnswer> get(String key) {
        return Optional.ofNullable(answers.getIfPresent(key));
    }

    void put(String key, StoredAnswer answer) {
        answers.put(key, answer);
    }

    void invalidate(String key) {
        answers.invalidate(key);
    }

    void invalidateAll() {
        answers.invalidateAll();
    }

    /** Bytes held now, after pending evictions are done. */
    long weightedSize() {
        answers.cleanUp();
        return answers.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }
}
