package dev.yoyak.api.compat;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.yoyak.api.AccessControl;
import io.github.bucket4j.ConsumptionProbe;
import io.vertx.core.http.HttpServerRequest;

/**
 * API keys and rate limits of {@link AccessControl} for the compatible APIs, answered in their own shapes:
 * DeepL's {@code Authorization: DeepL-Auth-Key <key>} (yoyak's Bearer and X-API-Key work too) and 403 for a
 * missing or wrong key on every {@code /v2/} path; LibreTranslate's {@code api_key} parameter, checked by its
 * resource since it travels in the body.
 */
@ApplicationScoped
public class CompatAccess {

    private final AccessControl access;

    public CompatAccess(AccessControl access) {
        this.access = access;
    }

    @ServerRequestFilter
    public Optional<Response> deepl(ContainerRequestContext request, HttpServerRequest http) {
        if (!request.getUriInfo().getPath().startsWith("/v2/")) {
            return Optional.empty();
        }
        String key = deeplKey(request);
        return check(key, http, "message", key == null
                ? "Authorization failure: send 'Authorization: DeepL-Auth-Key <key>'."
                : "Authorization failure: the DeepL-Auth-Key is not valid.");
    }

    /**
     * LibreTranslate's check for its {@code api_key}: as LibreTranslate, a wrong key is 403 and a missing one
     * (when keys are required) 400; then the rate limit (429, "Slowdown: …").
     */
    Optional<Response> libreTranslate(String apiKey, HttpServerRequest http) {
        String key = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        if (key == null && access.keysRequired()) {
            access.accepts(null); // counted as a rejection
            return Optional.of(CompatFailure.of(400, "Please contact the server operator to get an API key")
                    .response("error"));
        }
        return check(key, http, "error", "Invalid API key");
    }

    private Optional<Response> check(String key, HttpServerRequest http, String field, String refusal) {
        if (access.keysRequired() && !access.accepts(key)) {
            return Optional.of(CompatFailure.of(403, refusal).response(field));
        }
        ConsumptionProbe probe = access.consume(key, http.remoteAddress().hostAddress());
        if (probe == null || probe.isConsumed()) {
            return Optional.empty();
        }
        String message = "error".equals(field) ? "Slowdown: too many requests from this client; try again later."
                : "Too many requests from this client; try again later.";
        return Optional.of(new CompatFailure(429, message, AccessControl.waitSeconds(probe)).response(field));
    }

    private static String deeplKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("deepl-auth-key ")) {
            return authorization.substring("deepl-auth-key ".length()).strip();
        }
        return AccessControl.presentedKey(request);
    }
}
