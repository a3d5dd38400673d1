package dev.yoyak.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.yoyak.cache.StoredAnswer;
import dev.yoyak.pipeline.SummaryResult;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts /summarize answers by status and by where they came from (model or cache). */
@ApplicationScoped
public class RequestMetrics {

    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @ServerResponseFilter
    public void count(ContainerRequestContext request, ContainerResponseContext response) {
        if (!request.getUriInfo().getPath().startsWith("/summarize")) {
            return;
        }
        Object entity = response.getEntity();
        String source = entity instanceof StoredAnswer || response.getStatus() == 304 ? "cache"
                : entity instanceof SummaryResult result ? (result.cached() ? "cache" : "model") : "none";
        registry.counter("yoyak.requests", "status", String.valueOf(response.getStatus()), "source", source).increment();
    }
}
