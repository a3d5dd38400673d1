package dev.yoyak.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.yoyak.pipeline.SummaryResult;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts /summarize answers by status and by where they came from (model or cache), and the compatible APIs'
 * answers ({@code yoyak.compat.requests}) by API and status.
 */
@ApplicationScoped
public class RequestMetrics {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (path.startsWith("/v2/") || path.equals("/translate") || path.equals("/detect") || path.equals("/languages")) {
            registry.counter("yoyak.compat.requests", "api", path.startsWith("/v2/") ? "deepl" : "libretranslate",
                    "status", String.valueOf(response.getStatus())).increment();
            return;
        }
        if (!path.startsWith("/summarize")) {
            return;
        }
        String source = response.getEntity() instanceof SummaryResult result ? (result.cached() ? "cache" : "model")
                : "none";
        registry.counter("yoyak.requests", "status", String.valueOf(response.getStatus()), "source", source).increment();
    }
}
