package dev.yoyak.cache;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.yoyak.config.YoyakConfig;

/**
 * Reports the cache tiers. Always UP: the memory tier answers whatever happens to the others, so a durable file
 * that cannot be opened or written, or Redis away, degrades the cache, and the data says which tier and why.
 */
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
        List<String> degraded = new ArrayList<>();
        var response = HealthCheckResponse.named("result-cache").up()
                .withData("dir", config.cache().dir().toString());
        if (!config.cache().durable()) {
            response.withData("durable", "off");
        } else if (store.problem().isPresent()) {
            degraded.add("durable");
            response.withData("durable", store.isOpen() ? "degraded" : "memory only")
                    .withData("durableReason", store.problem().get())
                    .withData("durablePending", store.pendingCount());
        } else {
            response.withData("durable", "up");
        }
        if (!redis.enabled()) {
            response.withData("redis", "not configured");
        } else if (redis.up()) {
            response.withData("redis", "up");
        } else {
            degraded.add("redis");
            response.withData("redis", "down")
                    .withData("redisReason", "Redis does not answer; requests go on without the shared tier");
        }
        return response.withData("degraded", degraded.isEmpty() ? "none" : String.join(",", degraded)).build();
    }
}
