package dev.yoyak.cache;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;

/**
 * Two-tier result cache: a bounded in-memory Caffeine tier (quarkus-cache, sized by
 * {@code quarkus.cache.caffeine.results.maximum-size}) in front of the durable local store. Values are the
 * serialized results; callers decide what is complete enough to store.
 */
@ApplicationScoped
public class ResultCache {

    private final CaffeineCache memory;
    private final DurableStore durable;

    public ResultCache(@CacheName("results") Cache memory, DurableStore durable) {
        this.memory = memory.as(CaffeineCache.class);
        this.durable = durable;
    }

    /** The value from the fastest tier that has it; a durable hit is promoted to memory. */
    public Optional<String> get(String key) {
        CompletableFuture<Object> inMemory = memory.getIfPresent(key);
        if (inMemory != null && inMemory.isDone() && !inMemory.isCompletedExceptionally()) {
            return Optional.of((String) inMemory.join());
        }
        Optional<String> stored = durable.get(key);
        stored.ifPresent(value -> memory.put(key, CompletableFuture.completedFuture(value)));
        return stored;
    }

    /** Writes a value through every tier. */
    public void put(String key, String value) {
        memory.put(key, CompletableFuture.completedFuture(value));
        durable.put(key, value);
    }

    /** Drops a key from every tier (a value that no longer reads back). */
    public void evict(String key) {
        memory.invalidate(key).await().indefinitely();
        durable.remove(key);
    }

    /** Empties the memory tier only; the durable tier keeps everything. */
    public void clearMemory() {
        memory.invalidateAll().await().indefinitely();
    }
}
