package dev.yoyak.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.jboss.logging.Logger;

import dev.yoyak.config.YoyakConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;

/**
 * The shared cache tier for several replicas, on Redis (quarkus-redis-client), used only when
 * {@code YOYAK_REDIS_URL} is set. Redis down or slow never fails a request: each call is bounded by
 * {@code redis-timeout}; after a failure Redis is skipped for {@code redis-retry}, the outage is logged once and
 * counted, and the tier is used again as soon as Redis answers.
 */
@ApplicationScoped
public class RedisTier {

    private static final Logger LOG = Logger.getLogger(RedisTier.class);
    private static final String PREFIX = "yoyak:result:";

    private final boolean enabled;
    private final Instance<ReactiveRedisDataSource> redis;
    private final YoyakConfig.Cache config;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private final AtomicLong skipUntil = new AtomicLong();
    private final Counter failures;

    public RedisTier(YoyakConfig config, Instance<ReactiveRedisDataSource> redis, MeterRegistry registry) {
        this.enabled = config.redisUrl().isPresent();
        this.redis = redis;
        this.config = config.cache();
        this.failures = Counter.builder("yoyak.cache.redis.failures")
                .description("Redis calls that failed or timed out; the request went on without Redis")
                .register(registry);
    }

    /** Whether a Redis URL is configured. */
    public boolean enabled() {
        return enabled;
    }

    /** Whether the last call to Redis succeeded. */
    public boolean up() {
        return up.get();
    }

    /** The stored value, if Redis is configured, reachable in time and holds it. */
    public Optional<String> get(String key) {
        if (!usable()) {
            return Optional.empty();
        }
        try {
            String value = redis.get().value(String.class).get(PREFIX + key).await().atMost(config.redisTimeout());
            succeeded();
            return Optional.ofNullable(value);
        } catch (RuntimeException e) {
            failed(e);
            return Optional.empty();
        }
    }

    /** Stores a value with the configured TTL; a failure is logged and counted, never thrown. */
    public void put(String key, String value) {
        if (!usable()) {
            return;
        }
        try {
            redis.get().value(String.class).setex(PREFIX + key, config.redisTtl().toSeconds(), value)
                    .await().atMost(config.redisTimeout());
            succeeded();
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** Drops a key. */
    public void remove(String key) {
        if (!usable()) {
            return;
        }
        try {
            redis.get().key().del(PREFIX + key).await().atMost(config.redisTimeout());
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private boolean usable() {
        return enabled && System.nanoTime() >= skipUntil.get();
    }

    private void succeeded() {
        if (up.compareAndSet(false, true)) {
            LOG.info("Redis answers again: the shared cache tier is back in use");
        }
    }

    private void failed(RuntimeException e) {
        failures.increment();
        skipUntil.set(System.nanoTime() + config.redisRetry().toNanos());
        if (up.compareAndSet(true, false)) {
            LOG.warnf("Redis unavailable (%s); serving without the shared cache tier until it answers again",
                    e.getClass().getSimpleName());
        }
    }
}
