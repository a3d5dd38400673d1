package dev.yoyak.cache;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(ResultCache.class);

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
     * {@code restore}, which throws to reject an entry that does not read back ({@link UncheckedIOException}) or
     * is not the answer to this key ({@link EntryIdentity.Mismatch}): such an entry is dropped from its tier,
     * counted in {@code yoyak_cache_discarded_total{tier,reason}} and treated as a miss. An accepted entry is
     * copied into the faster tiers.
     */
    public Optional<StoredAnswer> get(String key, Function<String, StoredAnswer> restore) {
        Optional<StoredAnswer> inMemory = inMemory(key);
        if (inMemory.isPresent()) {
            return inMemory;
        }
        counter("memory", false).increment();
        Optional<StoredAnswer> answer = accept("durable", key, durable.get(key), restore, durable::remove);
        if (durable.isOpen()) {
            counter("durable", answer.isPresent()).increment();
        }
        if (answer.isEmpty() && redis.enabled()) {
            Optional<String> shared = redis.get(key);
            answer = accept("redis", key, shared, restore, redis::remove);
            counter("redis", answer.isPresent()).increment();
            answer.ifPresent(value -> durable.put(key, shared.get()));
        }
        answer.ifPresent(value -> memory.put(key, value));
        return answer;
    }

    private Optional<StoredAnswer> accept(String tier, String key, Optional<String> stored,
            Function<String, StoredAnswer> restore, Consumer<String> drop) {
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        String reason;
        String why;
        try {
            return Optional.of(restore.apply(stored.get()));
        } catch (EntryIdentity.Mismatch e) {
            reason = "identity";
            why = e.getMessage();
        } catch (UncheckedIOException e) {
            reason = "unreadable";
            why = e.getCause().getMessage();
        }
        // Worth nothing to this key: never served, dropped so the next request does not read it again.
        LOG.warnf("Discarded %s cache entry %s (%s): %s", tier, key, reason, why);
        registry.counter("yoyak.cache.discarded", "tier", tier, "reason", reason).increment();
        drop.accept(key);
        return Optional.empty();
    }

    /** Writes an answer through every tier: its bytes to memory, the same JSON as text to the others. */
    public void put(String key, StoredAnswer answer) {
        memory.put(key, answer);
        String text = new String(answer.json(), StandardCharsets.UTF_8);
        durable.put(key, text);
        redis.put(key, text);
    }

    /** Empties the memory tier only; the durable tier keeps everything. */
    public void clearMemory() {
        memory.invalidateAll();
    }

    private Counter counter(String tier, boolean hit) {
        return registry.counter("yoyak.cache.lookups", "tier", tier, "result", hit ? "hit" : "miss");
    }
}
