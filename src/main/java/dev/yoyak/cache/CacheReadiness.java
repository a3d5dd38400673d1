package dev.yoyak.cache;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dev.yoyak.config.YoyakConfig;

/** Reports the durable cache tier; a store that failed to open is DOWN with the reason. */
@Readiness
@ApplicationScoped
public class CacheReadiness implements HealthCheck {

    private final DurableStore store;
    private final YoyakConfig config;

    public CacheReadiness(DurableStore store, YoyakConfig config) {
        this.store = store;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("result-cache")
                .withData("durable", config.cache().durable())
                .withData("dir", config.cache().dir().toString());
        return store.problem()
                .map(reason -> response.withData("reason", reason).down().build())
                .orElseGet(() -> response.up().build());
    }
}
