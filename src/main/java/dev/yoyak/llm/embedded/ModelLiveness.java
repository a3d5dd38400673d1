package dev.yoyak.llm.embedded;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the embedded model: DOWN only when it can never become ready by waiting — a download whose
 * checksum is wrong, a model file that does not match its pinned SHA-256, a download URL refused for good (HTTP
 * 4xx). A model still downloading, retrying a failing host or waiting for another instance is alive (readiness
 * says what it is doing), so an orchestrator restarts an instance only when a restart can help.
 */
@Liveness
@ApplicationScoped
public class ModelLiveness implements HealthCheck {

    private final EmbeddedEngine engine;

    public ModelLiveness(EmbeddedEngine engine) {
        this.engine = engine;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("embedded-model");
        return engine.brokenReason().map(reason -> response.down().withData("reason", reason).build())
                .orElseGet(() -> response.up().withData("state", engine.state().name().toLowerCase(java.util.Locale.ROOT))
                        .build());
    }
}
