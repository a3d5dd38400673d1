package dev.yoyak.cache;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tiered result cache: a bounded in-memory Caffeine tier (quarkus-cache, sized by
 * {@code quarkus.cache.caffeine.results.maximum-size}), the durable local store, then Redis shared by the
 * replicas when configured. The memory tier holds decoded values, so a hit there costs no parsing; the other
 * tiers hold their serialized form. Callers decide what is complete enough to store.
 */
@ApplicationScoped
public class ResultCache {

    private final CaffeineCache memory;
    private final DurableStore durable;
    private final RedisTier redis;
    private final MeterRegistry registry;

    public ResultCache(@CacheName("results") Cache memory, DurableStore durable, RedisTier redis,
            MeterRegistry registry) {
        this.memory = memory.as(CaffeineCache.class);
        this.durable = durable;
        this.redis = redis;
        this.registry = registry;
    }

    /**
     * The value from the fastest tier that has it, decoded by {@code decode} when it comes from a serialized
     * tier; a hit in a slower tier is copied into the faster ones. {@code decode} may throw to reject an entry.
     */
    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(String key, Function<String, T> decode) {
        CompletableFuture<Object> inMemory = memory.getIfPresent(key);
        if (inMemory != null && inMemory.isDone() && !inMemory.isCompletedExceptionally()) {
            count("memory", true);
            return Optional.of((T) inMemory.join());
        }
        count("memory", false);
        Optional<String> stored = durable.get(key);
        if (durable.isOpen()) {
            count("durable", stored.isPresent());
        }
        if (stored.isEmpty() && redis.enabled()) {
            stored = redis.get(key);
            count("redis", stored.isPresent());
            stored.ifPresent(value -> durable.put(key, value));
        }
        Optional<T> value = stored.map(decode);
        value.ifPresent(decoded -> memory.put(key, CompletableFuture.completedFuture(decoded)));
        return value;
    }

    /** Writes a value through every tier: the object to memory, its serialized form to the others. */
    public void put(String key, Object value, String serialized) {
        memory.put(key, CompletableFuture.completedFuture(value));
        durable.put(key, serialized);
        redis.put(key, serialized);
    }

    /** Drops a key from every tier (a value that no longer reads back). */
    public void evict(String key) {
        memory.invalidate(key).await().indefinitely();
        durable.remove(key);
        redis.remove(key);
    }

    private void count(String tier, boolean hit) {
        registry.counter("yoyak.cache.lookups", "tier", tier, "result", hit ? "hit" : "miss").increment();
    }

    /** Empties the memory tier only; the durable tier keeps everything. */
    public void clearMemory() {
        memory.invalidateAll().await().indefinitely();
    }
}
