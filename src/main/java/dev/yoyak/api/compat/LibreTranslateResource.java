package dev.yoyak.api.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.api.FailureMapping;
import io.vertx.core.http.HttpServerRequest;

/**
 * LibreTranslate's API ({@code /translate}, {@code /detect}; {@code /languages} is in {@link CompatInfoResource})
 * for Korean to English, so
 * LibreTranslate clients and plug-ins pointed at yoyak translate through its pipeline. Errors are
 * {@code {"error": "…"}} with LibreTranslate's statuses (400, 403, 429; 503 when the backend fails).
 */
@Path("/")
@Tag(name = "compatibility")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "translate: {\"translatedText\": …} (and detectedLanguage for source=auto); "
        + "detect: candidates, most likely first")
@APIResponse(responseCode = "400", description = "Invalid JSON, missing parameter, unsupported language or format, "
        + "text over yoyak.max-chars, missing API key when keys are required",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = LibreTranslateResource.Error.class)))
@APIResponse(responseCode = "403", description = "Invalid API key",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = LibreTranslateResource.Error.class)))
@APIResponse(responseCode = "429", description = "Slow down: rate limit, capacity or character limit (Retry-After)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = LibreTranslateResource.Error.class)))
@APIResponse(responseCode = "503", description = "translate: cannot translate text, backend not configured or failing",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = LibreTranslateResource.Error.class)))
public class LibreTranslateResource {

    private final CompatTranslator translator;
    private final CompatAccess access;
    private final ObjectMapper json;
    private final FailureMapping failures;

    public LibreTranslateResource(CompatTranslator translator, CompatAccess access, ObjectMapper json,
            FailureMapping failures) {
        this.translator = translator;
        this.access = access;
        this.json = json;
        this.failures = failures;
    }

    /** One language of /languages. */
    public record Language(String code, String name, List<String> targets) {
    }

    /** One candidate of /detect; confidence 0–100 as LibreTranslate gives it. */
    public record Detection(double confidence, String language) {
    }

    /** A LibreTranslate error body. */
    public record Error(String error) {
    }

    /** A translate request's parameters; {@code q} is a String or a List of them. */
    record Request(Object q, String source, String target, String format, String apiKey) {
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "libreTranslateForm", summary = "LibreTranslate: translate (form-encoded)",
            description = "q, source ko|auto, target en, format text|html, api_key. Answers {\"translatedText\": \"…\"}.")
    public Response translateForm(@FormParam("q") String q, @FormParam("source") String source,
            @FormParam("target") String target, @FormParam("format") String format, @FormParam("api_key") String apiKey,
            @Context HttpServerRequest http) {
        return translate(new Request(q, source, target, format, apiKey), http);
    }

    @POST
    @Path("translate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libreTranslateJson", summary = "LibreTranslate: translate (JSON)",
            description = "q is a string or an array of strings; translatedText is then a string or an array.")
    public Response translateJson(byte[] body, @Context HttpServerRequest http) {
        Optional<JsonNode> root = JsonBody.object(json, body);
        if (root.isEmpty()) {
            return CompatFailure.of(400, "Invalid JSON format").response("error");
        }
        JsonNode q = root.get().path("q");
        Object texts = null;
        if (q.isTextual()) {
            texts = q.asText();
        } else if (q.isArray()) {
            List<String> list = new ArrayList<>();
            q.forEach(item -> list.add(item.asText()));
            texts = list;
        }
        return translate(new Request(texts, JsonBody.text(root.get(), "source"), JsonBody.text(root.get(), "target"),
                JsonBody.text(root.get(), "format"), JsonBody.text(root.get(), "api_key")), http);
    }

    @POST
    @Path("detect")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "libreTranslateDetectForm", summary = "LibreTranslate: detect the language (form-encoded)",
            description = "Tells Korean (Hangul) from English (Latin letters): the languages yoyak knows.")
    public Response detectForm(@FormParam("q") String q, @FormParam("api_key") String apiKey,
            @Context HttpServerRequest http) {
        return detect(q, apiKey, http);
    }

    @POST
    @Path("detect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "libreTranslateDetectJson", summary = "LibreTranslate: detect the language (JSON)")
    public Response detectJson(byte[] body, @Context HttpServerRequest http) {
        Optional<JsonNode> root = JsonBody.object(json, body);
        if (root.isEmpty()) {
            return CompatFailure.of(400, "Invalid JSON format").response("error");
        }
        return detect(JsonBody.text(root.get(), "q"), JsonBody.text(root.get(), "api_key"), http);
    }

    private Response detect(String q, String apiKey, HttpServerRequest http) {
        Optional<Response> refused = access.libreTranslate(apiKey, http);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (q == null || q.isBlank()) {
            return missing("q");
        }
        return Response.ok(Script.candidates(q)).build();
    }

    private Response translate(Request request, HttpServerRequest http) {
        Optional<Response> refused = access.libreTranslate(request.apiKey(), http);
        if (refused.isPresent()) {
            return refused.get();
        }
        boolean batch = request.q() instanceof List;
        @SuppressWarnings("unchecked")
        List<String> texts = batch ? (List<String>) request.q()
                : request.q() == null || ((String) request.q()).isEmpty() ? List.of() : List.of((String) request.q());
        if (texts.isEmpty()) {
            return missing("q");
        }
        if (request.source() == null || request.source().isBlank()) {
            return missing("source");
        }
        if (request.target() == null || request.target().isBlank()) {
            return missing("target");
        }
        if (!request.source().equals("ko") && !request.source().equals("auto")) {
            return CompatFailure.of(400, request.source() + " is not supported").response("error");
        }
        if (!request.target().equals("en")) {
            return CompatFailure.of(400, request.target() + " is not supported").response("error");
        }
        String format = request.format() == null || request.format().isBlank() ? "text" : request.format();
        if (!format.equals("text") && !format.equals("html")) {
            return CompatFailure.of(400, format + " format is not supported").response("error");
        }
        if (texts.size() > translator.maxTexts()) {
            return CompatFailure.of(400, "Invalid request: request (" + texts.size() + ") exceeds text limit ("
                    + translator.maxTexts() + ")").response("error");
        }
        List<String> english;
        try {
            english = translator.translate(texts, format.equals("html"), "libretranslate").stream()
                    .map(CompatTranslator.Translated::text).toList();
        } catch (RuntimeException e) {
            return CompatFailure.from(failures.of(e), 429, 400).response("error");
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("translatedText", batch ? english : english.get(0));
        if (request.source().equals("auto")) {
            List<Detection> detected = texts.stream().map(t -> Script.candidates(t).get(0)).toList();
            answer.put("detectedLanguage", batch ? detected : detected.get(0));
        }
        return Response.ok(answer).build();
    }

    private static Response missing(String name) {
        return CompatFailure.of(400, "Invalid request: missing " + name + " parameter").response("error");
    }
}
