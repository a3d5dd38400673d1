package dev.yoyak.cache;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.yoyak.config.YoyakConfig;

/** Reports the cache tiers; a durable store that failed to open is DOWN with the reason. */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    private final DurableStore store;
    private final RedisTier redis;
    private final YoyakConfig config;

    public CacheReadiness(DurableStore store, RedisTier redis, YoyakConfig config) {
        this.store = store;
        this.redis = redis;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("result-cache")
                .withData("durable", config.cache().durable())
                .withData("dir", config.cache().dir().toString())
                // Redis down degrades to the local tiers; it is reported, not a reason to stop taking traffic.
                .withData("redis", !redis.enabled() ? "not configured" : redis.up() ? "up" : "down");
        return store.problem()
                .map(reason -> response.withData("reason", reason).down().build())
                .orElseGet(() -> response.up().build());
    }
}
