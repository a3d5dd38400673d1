package dev.yoyak.api.compat;

import java.util.List;

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

/** What the compatible APIs' clients ask first: DeepL's usage and languages, LibreTranslate's languages. */
@Path("/")
@Tag(name = "compatibility")
@Produces(MediaType.APPLICATION_JSON)
public class CompatInfoResource {

    private final CompatTranslator translator;

    public CompatInfoResource(CompatTranslator translator) {
        this.translator = translator;
    }

    /** The answer of /v2/usage. */
    public record Usage(@JsonProperty("character_count") long characterCount,
            @JsonProperty("character_limit") long characterLimit) {
    }

    /** One entry of /v2/languages. */
    public record Language(String language, String name,
            @JsonProperty("supports_formality") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean supportsFormality) {
    }

    @GET
    @Path("/v2/usage")
    @Operation(operationId = "deeplUsage", summary = "DeepL: characters translated since the service started",
            description = "character_limit is yoyak.compat.character-limit, or 1000000000000 (no limit) when unset.")
    @APIResponse(responseCode = "200", description = "Usage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Usage.class)))
    @APIResponse(responseCode = "403", description = "API keys are set and the DeepL-Auth-Key is missing or wrong",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeepLResource.Message.class)))
    public Usage usage() {
        return new Usage(translator.charactersUsed(), translator.characterLimit().orElse(CompatTranslator.NO_LIMIT));
    }

    @POST
    @Path("/v2/usage")
    @Operation(operationId = "deeplUsagePost", summary = "DeepL: usage (POST form of the same request)")
    @APIResponse(responseCode = "200", description = "Usage",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Usage.class)))
    @APIResponse(responseCode = "403", description = "API keys are set and the DeepL-Auth-Key is missing or wrong",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeepLResource.Message.class)))
    public Usage usagePost() {
        return usage();
    }

    @GET
    @Path("/v2/languages")
    @Operation(operationId = "deeplLanguages", summary = "DeepL: source (KO) or target (EN-GB, EN-US) languages")
    @APIResponse(responseCode = "200", description = "Languages",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Language[].class)))
    @APIResponse(responseCode = "400", description = "type is neither source nor target",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeepLResource.Message.class)))
    @APIResponse(responseCode = "403", description = "API keys are set and the DeepL-Auth-Key is missing or wrong",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = DeepLResource.Message.class)))
    public Response languages(@QueryParam("type") String type) {
        if (type == null || type.isBlank() || type.equalsIgnoreCase("source")) {
            return Response.ok(List.of(new Language("KO", "Korean", null))).build();
        }
        if (type.equalsIgnoreCase("target")) {
            return Response.ok(List.of(new Language("EN-GB", "English (British)", false),
                    new Language("EN-US", "English (American)", false))).build();
        }
        return CompatFailure.of(400, "Value for 'type' not supported: use source or target.").response("message");
    }

    @GET
    @Path("/languages")
    @Operation(operationId = "libreTranslateLanguages", summary = "LibreTranslate: supported languages")
    @APIResponse(responseCode = "406", description = "The Accept header names no JSON",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LibreTranslateResource.Error.class)))
    @APIResponse(responseCode = "200", description = "Korean into English",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LibreTranslateResource.Language[].class)))
    public List<LibreTranslateResource.Language> libreTranslateLanguages() {
        return List.of(new LibreTranslateResource.Language("ko", "Korean", List.of("en")),
                new LibreTranslateResource.Language("en", "English", List.of()));
    }
}
