package dev.yoyak.api;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by Vert.x before it is read into memory;
 * this gives that refusal the same problem+json body as every other error.
 */
@Singleton
public class BodyLimit {

    void install(@Observes Router router) {
        router.errorHandler(413, context -> context.response()
                .setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(Problem.of("too-large", "Request body too large", 413,
                        "The request body exceeds the HTTP limit (quarkus.http.limits.max-body-size); "
                                + "articles are limited to yoyak.max-chars characters."))));
    }
}
