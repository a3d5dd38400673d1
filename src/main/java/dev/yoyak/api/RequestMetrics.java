package dev.yoyak.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import dev.yoyak.cache.StoredAnswer;
import dev.yoyak.article.SummaryResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts /summarize answers by status and by where they came from (model or cache), and the compatible APIs'
 * answers ({@code yoyak.compat.requests}) by API and status.
 */
@ApplicationScoped
public class RequestMetrics {

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

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
        Object entity = response.getEntity();
        String source = entity instanceof StoredAnswer || response.getStatus() == 304 ? "cache"
                : entity instanceof SummaryResult result ? (result.cached() ? "cache" : "model") : "none";
        int status = response.getStatus();
        // Looked up once per (status, source): a registry lookup per request would cost a cache hit ~5 %.
        counters.computeIfAbsent(status + "/" + source,
                key -> registry.counter("yoyak.requests", "status", String.valueOf(status), "source", source)).increment();
    }
}
