package dev.yoyak.api.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.api.FailureMapping;

/**
 * DeepL API v2's {@code /v2/translate} on yoyak's port (usage and languages: {@link CompatInfoResource}), so
 * DeepL's client libraries and every tool built on them translate Korean into English through yoyak (their
 * {@code serverUrl}). Translation only; errors keep DeepL's status codes and {@code {"message"}} body.
 */
@Path("/v2/translate")
@Tag(name = "compatibility",
        description = "Drop-in DeepL API v2 and LibreTranslate endpoints (Korean to English, translation only)")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "Translations in request order",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Translations.class)))
@APIResponse(responseCode = "400",
        description = "Malformed JSON, missing text, unsupported language, glossary_id or tag_handling",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Message.class)))
@APIResponse(responseCode = "403", description = "API keys are configured and the DeepL-Auth-Key is missing or wrong",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Message.class)))
@APIResponse(responseCode = "413", description = "Too many texts, or a text longer than yoyak.max-chars",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Message.class)))
@APIResponse(responseCode = "429", description = "Rate limit or capacity reached (Retry-After)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Message.class)))
@APIResponse(responseCode = "456", description = "yoyak.compat.character-limit reached (only when one is configured)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Message.class)))
@APIResponse(responseCode = "503",
        description = "Backend not configured or failing (Retry-After when waiting may help)",
        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(implementation = DeepLResource.Message.class)))
public class DeepLResource {

    static final Set<String> TARGETS = Set.of("EN", "EN-US", "EN-GB");

    private final CompatTranslator translator;
    private final ObjectMapper json;
    private final FailureMapping failures;

    public DeepLResource(CompatTranslator translator, ObjectMapper json, FailureMapping failures) {
        this.translator = translator;
        this.json = json;
        this.failures = failures;
    }

    /** One text's translation, as DeepL answers it. */
    public record Translation(@JsonProperty("detected_source_language") String detectedSourceLanguage, String text,
            @JsonProperty("billed_characters") @JsonInclude(JsonInclude.Include.NON_NULL) Integer billedCharacters) {
    }

    /** The answer of /v2/translate: one translation per text, in order. */
    public record Translations(List<Translation> translations) {
    }

    /** A DeepL error body. */
    public record Message(String message) {
    }

    /** The parameters of a translate request, however they were sent. */
    record Request(List<String> texts, String sourceLang, String targetLang, boolean showBilledCharacters,
            String tagHandling, String glossaryId) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "deeplTranslateForm", summary = "DeepL: translate texts (form-encoded)",
            description = "text (repeated), target_lang EN|EN-US|EN-GB, source_lang KO (optional), "
                    + "show_billed_characters, tag_handling=html. Answers the translations in order.")
    public Response translateForm(@FormParam("text") List<String> text, @FormParam("source_lang") String sourceLang,
            @FormParam("target_lang") String targetLang, @FormParam("show_billed_characters") String showBilled,
            @FormParam("tag_handling") String tagHandling, @FormParam("glossary_id") String glossaryId) {
        return translate(new Request(text == null ? List.of() : text, sourceLang, targetLang, truthy(showBilled),
                tagHandling, glossaryId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deeplTranslateJson", summary = "DeepL: translate texts (JSON)",
            description = "{\"text\": [\"...\"], \"target_lang\": \"EN-US\"}, the same parameters as the form.")
    public Response translateJson(byte[] body) {
        JsonNode root = JsonBody.object(json, body).orElse(null);
        if (root == null) {
            return CompatFailure.of(400, "The request body must be a JSON object.").response("message");
        }
        JsonNode text = root.path("text");
        List<String> texts = new ArrayList<>();
        if (text.isTextual()) {
            texts.add(text.asText());
        } else if (text.isArray()) {
            for (JsonNode item : text) {
                if (!item.isTextual()) {
                    return CompatFailure.of(400, "Every entry of 'text' must be a string.").response("message");
                }
                texts.add(item.asText());
            }
        }
        return translate(new Request(texts, JsonBody.text(root, "source_lang"), JsonBody.text(root, "target_lang"),
                truthy(JsonBody.text(root, "show_billed_characters")), JsonBody.text(root, "tag_handling"),
                JsonBody.text(root, "glossary_id")));
    }

    private Response translate(Request request) {
        CompatFailure refused = validate(request);
        if (refused != null) {
            return refused.response("message");
        }
        try {
            boolean html = request.tagHandling() != null && !request.tagHandling().isBlank();
            List<Translation> out = translator.translate(request.texts(), html, "deepl").stream()
                    .map(t -> new Translation("KO", t.text(), request.showBilledCharacters() ? t.characters() : null))
                    .toList();
            return Response.ok(new Translations(out)).build();
        } catch (RuntimeException e) {
            return CompatFailure.from(failures.of(e), 456, 413).response("message");
        }
    }

    private CompatFailure validate(Request request) {
        if (request.texts().isEmpty()) {
            return CompatFailure.of(400, "Parameter 'text' not specified.");
        }
        if (request.texts().size() > translator.maxTexts()) {
            return CompatFailure.of(413, "Too many texts: at most " + translator.maxTexts() + " per request.");
        }
        if (request.targetLang() == null || request.targetLang().isBlank()) {
            return CompatFailure.of(400, "Parameter 'target_lang' not specified. Supported: EN, EN-US, EN-GB.");
        }
        if (!TARGETS.contains(request.targetLang().strip().toUpperCase(Locale.ROOT))) {
            return CompatFailure.of(400, "Value for 'target_lang' not supported: " + request.targetLang()
                    + ". yoyak translates into EN, EN-US and EN-GB.");
        }
        if (request.sourceLang() != null && !request.sourceLang().isBlank()
                && !request.sourceLang().strip().equalsIgnoreCase("KO")) {
            return CompatFailure.of(400, "Value for 'source_lang' not supported: " + request.sourceLang()
                    + ". yoyak translates from KO (or leave source_lang out).");
        }
        if (request.glossaryId() != null && !request.glossaryId().isBlank()) {
            return CompatFailure.of(400, "Glossaries (glossary_id) are not supported by yoyak's DeepL-compatible "
                    + "endpoint; yoyak builds a glossary of names for every text itself. POST /summarize accepts "
                    + "your own glossary.");
        }
        if (request.tagHandling() != null && !request.tagHandling().isBlank()
                && !request.tagHandling().strip().equalsIgnoreCase("html")) {
            return CompatFailure.of(400, "Value for 'tag_handling' not supported: " + request.tagHandling()
                    + ". yoyak handles html.");
        }
        return null;
    }


    private static boolean truthy(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true"));
    }
}
