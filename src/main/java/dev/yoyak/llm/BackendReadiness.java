package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when a backend is configured; the reason is in the check's data otherwise. */
@Readiness
@ApplicationScoped
public class BackendReadiness implements HealthCheck {

    private final Backends backends;

    public BackendReadiness(Backends backends) {
        this.backends = backends;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("llm-backend")
                .withData("provider", backends.provider().name().toLowerCase(java.util.Locale.ROOT))
                .withData("model", backends.modelId());
        String problem = backends.problem();
        return problem == null ? response.up().build() : response.withData("reason", problem).down().build();
    }
}
