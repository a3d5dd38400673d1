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
            access.accepts(null, access.clientAddress(http)); // counted as a rejection
            return Optional.of(CompatFailure.of(400, "Please contact the server operator to get an API key")
                    .response("error"));
        }
        return check(key, http, "error", "Invalid API key");
    }

    private Optional<Response> check(String key, HttpServerRequest http, String field, String refusal) {
        String address = access.clientAddress(http);
        long lockedOut = access.keysRequired() ? access.lockedOutSeconds(address) : 0;
        if (lockedOut > 0) {
            return Optional.of(new CompatFailure(429, slowdown(field, "too many wrong API keys from this address"),
                    lockedOut).response(field));
        }
        if (access.keysRequired() && !access.accepts(key, address)) {
            return Optional.of(CompatFailure.of(403, refusal).response(field));
        }
        ConsumptionProbe probe = access.consume(key, address);
        if (probe == null || probe.isConsumed()) {
            return Optional.empty();
        }
        return Optional.of(new CompatFailure(429, slowdown(field, "too many requests from this client"),
                AccessControl.waitSeconds(probe)).response(field));
    }

    /** LibreTranslate's clients recognise a rate limit by its "Slowdown:" prefix; DeepL's by the status alone. */
    private static String slowdown(String field, String why) {
        String message = why + "; try again later.";
        return "error".equals(field) ? "Slowdown: " + message
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }

    private static String deeplKey(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("deepl-auth-key ")) {
            return authorization.substring("deepl-auth-key ".length()).strip();
        }
        return AccessControl.presentedKey(request);
    }
}
