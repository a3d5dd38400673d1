package dev.yoyak.cache;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import dev.yoyak.config.YoyakConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Tiered result cache: a bounded in-memory tier of answer bytes (sized in bytes by
 * {@code yoyak.cache.memory-size}), the durable local store, then Redis shared by the replicas when configured.
 * The memory tier holds what a hit sends, so a hit there costs no serialization; the other tiers hold the same
 * JSON as text. Callers decide what is complete enough to store.
 */
@ApplicationScoped
public class ResultCache {

    private final MemoryTier memory;
    private final DurableStore durable;
    private final RedisTier redis;
    private final MeterRegistry registry;
    private final Counter memoryHits;

    public ResultCache(YoyakConfig config, DurableStore durable, RedisTier redis, MeterRegistry registry) {
        this.memory = new MemoryTier(config.cache().memorySize().asLongValue());
        this.durable = durable;
        this.redis = redis;
        this.registry = registry;
        this.memoryHits = counter("memory", true);
    }

    /** The answer if the memory tier holds it; never blocks (no file or network access). */
    public Optional<StoredAnswer> inMemory(String key) {
        Optional<StoredAnswer> answer = memory.get(key);
        if (answer.isPresent()) {
            memoryHits.increment();
        }
        return answer;
    }

    /**
     * The answer from the fastest tier that has it; a hit in a slower tier is turned into the stored form by
     * {@code restore} (which may throw to reject an entry) and copied into the faster ones.
     */
    public Optional<StoredAnswer> get(String key, Function<String, StoredAnswer> restore) {
        Optional<StoredAnswer> inMemory = inMemory(key);
        if (inMemory.isPresent()) {
            return inMemory;
        }
        counter("memory", false).increment();
        Optional<String> stored = durable.get(key);
        if (durable.isOpen()) {
            counter("durable", stored.isPresent()).increment();
        }
        if (stored.isEmpty() && redis.enabled()) {
            stored = redis.get(key);
            counter("redis", stored.isPresent()).increment();
            stored.ifPresent(value -> durable.put(key, value));
        }
        Optional<StoredAnswer> answer = stored.map(restore);
        answer.ifPresent(value -> memory.put(key, value));
        return answer;
    }

    /** Writes an answer through every tier: its bytes to memory, the same JSON as text to the others. */
    public void put(String key, StoredAnswer answer) {
        memory.put(key, answer);
        String text = new String(answer.json(), StandardCharsets.UTF_8);
        durable.put(key, text);
        redis.put(key, text);
    }

    /** Drops a key from every tier (a value that no longer reads back). */
    public void evict(String key) {
        memory.invalidate(key);
        durable.remove(key);
        redis.remove(key);
    }

    /** Empties the memory tier only; the durable tier keeps everything. */
    public void clearMemory() {
        memory.invalidateAll();
    }

    private Counter counter(String tier, boolean hit) {
        return registry.counter("yoyak.cache.lookups", "tier", tier, "result", hit ? "hit" : "miss");
    }
}
