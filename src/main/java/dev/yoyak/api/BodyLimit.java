package dev.yoyak.api;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} from its headers alone, before
 * a byte of it is read, with the same problem+json as every other error. (Quarkus' own check answers a bare
 * 413 for bodies sent without a Content-Length.)
 */
@Singleton
public class BodyLimit {

    private final long limit;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length)) {
                String detail = "The request body (" + length + " bytes) exceeds the HTTP limit of " + limit
                        + " bytes; articles are limited to yoyak.max-chars characters.";
                String path = context.request().path();
                // The compatible APIs answer in their own error shapes, which their clients read.
                boolean deepl = path.startsWith("/v2/");
                boolean libre = path.equals("/translate") || path.equals("/detect");
                context.response()
                        .setStatusCode(413)
                        .putHeader("Content-Type", deepl || libre ? "application/json" : Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(Json.encode(deepl ? java.util.Map.of("message", detail)
                                : libre ? java.util.Map.of("error", detail)
                                        : Problem.of("too-large", "Request body too large", 413, detail)));
            } else {
                context.next();
            }
        });
    }

    private boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x itself rejects a malformed Content-Length.
        }
    }
}
