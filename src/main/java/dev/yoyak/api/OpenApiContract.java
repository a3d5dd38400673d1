package dev.yoyak.api;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.article.Check;
import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.OptionValue;
import dev.yoyak.article.SummaryStyle;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Completes the OpenAPI document with what operations share, so each resource declares only its statuses:
 * problem+json bodies (with an example) for every 4xx/5xx declared without content, {@code Retry-After} on 429
 * and 503, and for paths behind {@link AccessControl} the optional API key (none, Bearer or X-API-Key), the 401
 * and 429 answers and the {@code RateLimit-*} headers. Also documents {@link Check} (whose values the code defines)
 * and the values of the summary options (their enums). Runs once, at build time.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OpenApiContract implements OASFilter {

    /** Security scheme: {@code Authorization: Bearer <key>}. */
    public static final String BEARER = "bearerKey";
    /** Security scheme: {@code X-API-Key: <key>}. */
    public static final String API_KEY = "apiKey";
    /** Security scheme of the DeepL-compatible paths: {@code Authorization: DeepL-Auth-Key <key>}. */
    public static final String DEEPL_KEY = "deeplAuthKey";

    private static final String RETRY_AFTER = "Retry-After";
    private static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    private static final String ETAG = "ETag";
    private static final List<String> RATE_LIMIT = List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Class<? extends OptionValue>> OPTIONS = Map.of("summaryStyle", SummaryStyle.class,
            "koreanRegister", KoreanRegister.class);

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSecurityScheme(BEARER, OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API key as 'Authorization: Bearer <key>'; needed only when the "
                        + "service has keys configured (YOYAK_API_KEYS)"));
        components.addSecurityScheme(API_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("X-API-Key")
                .description("An API key as 'X-API-Key: <key>'; needed only when the service has keys configured"));
        components.addSecurityScheme(DEEPL_KEY, OASFactory.createSecurityScheme().type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER).name("Authorization")
                .description("DeepL's 'Authorization: DeepL-Auth-Key <key>' on /v2/ paths; needed only when the "
                        + "service has keys configured"));
        components.addHeader(RETRY_AFTER, header("Seconds to wait before trying again", 5));
        components.addHeader(ETAG, OASFactory.createHeader().description("Tag of this answer; send it back in "
                + "If-None-Match to get 304 while it is still the answer").schema(OASFactory.createSchema()
                .addType(SchemaType.STRING).examples(List.of("W/\"5d41402abc4b2a76\""))));
        components.addHeader(WWW_AUTHENTICATE, OASFactory.createHeader().required(true)
                .description("Bearer: how to send the key").schema(OASFactory.createSchema()
                        .addType(SchemaType.STRING).examples(List.of("Bearer"))));
        components.addHeader(RATE_LIMIT.get(0), header("Requests a minute allowed to this client "
                + "(sent when the rate limit is on)", 120));
        components.addHeader(RATE_LIMIT.get(1), header("Requests left in the current window", 119));
        components.addHeader(RATE_LIMIT.get(2), header("Seconds until the allowance is whole again", 1));
        describeCheck(components.getSchemas().get("Check"));
        for (String type : List.of("SummarizeRequest", "SummaryResult")) {
            Schema schema = components.getSchemas().get(type);
            if (schema != null && schema.getProperties() != null) {
                schema.getProperties().forEach(OpenApiContract::allowValues);
            }
        }
        // Inlined wherever they are used, as above: the enums' own schemas would be left unreferenced.
        OPTIONS.values().forEach(option -> components.removeSchema(option.getSimpleName()));
        components.getSchemas().values().forEach(OpenApiContract::admitNullRefs);
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> complete(path, operation)));
        }
    }

    private static void complete(String path, Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> allowValues(p.getName(), p.getSchema()));
        }
        boolean guarded = AccessControl.guards(path);
        if (guarded) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(BEARER),
                    OASFactory.createSecurityRequirement().addScheme(API_KEY)));
            declare(operation, 401, "API keys are configured and the request has none, or a wrong one");
            declare(operation, 429, "The client's rate limit is used up, or every pipeline slot and queue "
                    + "place is taken");
        }
        if (path.startsWith("/v2/")) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement(),
                    OASFactory.createSecurityRequirement().addScheme(DEEPL_KEY),
                    OASFactory.createSecurityRequirement().addScheme(BEARER),
                    OASFactory.createSecurityRequirement().addScheme(API_KEY)));
        } else if (List.of("/translate", "/detect", "/languages").contains(path)) {
            // LibreTranslate's api_key travels in the request body, which no security scheme can describe.
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        if ("summarize".equals(operation.getOperationId())) {
            // Answers of /summarize carry an ETag (CachedAnswers); If-None-Match holding it gets a bodiless 304.
            declare(operation, 304, "Not modified: the answer is still the one tagged in If-None-Match");
            operation.getResponses().getAPIResponse("200").addHeader(ETAG, ref(ETAG));
            operation.getResponses().getAPIResponse("304").addHeader(ETAG, ref(ETAG));
        }
        // In status order, wherever the responses were declared (resource, class, this filter).
        operation.getResponses().setAPIResponses(new java.util.TreeMap<>(operation.getResponses().getAPIResponses()));
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            int code = Integer.parseInt(status);
            if (code >= 400 && (response.getContent() == null || response.getContent().getMediaTypes() == null
                    || response.getContent().getMediaTypes().isEmpty())) {
                response.setContent(problem(code));
            }
            if (code == 429 || code == 503) {
                response.addHeader(RETRY_AFTER, ref(RETRY_AFTER));
            }
            if (code == 401) {
                response.addHeader(WWW_AUTHENTICATE, ref(WWW_AUTHENTICATE));
            } else if (guarded) {
                // The rate limit is counted after the key check, so only a 401 goes without these headers.
                RATE_LIMIT.forEach(name -> response.addHeader(name, ref(name)));
            }
        });
    }

    private static void declare(Operation operation, int status, String description) {
        if (operation.getResponses().getAPIResponse(String.valueOf(status)) == null) {
            operation.getResponses().addAPIResponse(String.valueOf(status),
                    OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problem(int status) {
        String example = Examples.PROBLEMS.get(status);
        var media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        if (example != null) {
            try {
                Map<?, ?> value = JSON.readValue(example, Map.class);
                String name = String.valueOf(value.get("type")).replace("urn:yoyak:problem:", "");
                media.addExample(name, OASFactory.createExample().value(value));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Examples.PROBLEMS holds invalid JSON for " + status, e);
            }
        }
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
    }

    /** The values an option property or parameter allows, from its enum: no annotation restates them. */
    private static void allowValues(String name, Schema schema) {
        Class<? extends OptionValue> option = OPTIONS.get(name);
        if (option != null && schema != null) {
            schema.setRef(null);
            schema.setType(List.of(SchemaType.STRING));
            schema.setEnumeration(new ArrayList<>(OptionValue.values(option)));
        }
    }

    /** Check's fields are always present; kind and severity take the values the code defines. */
    private static void describeCheck(Schema check) {
        if (check == null) {
            return;
        }
        check.description("A fidelity finding computed by code on the translation");
        check.setRequired(Arrays.stream(Check.class.getRecordComponents()).map(RecordComponent::getName).toList());
        Map<String, Schema> properties = check.getProperties();
        properties.get("kind").enumeration(new ArrayList<>(Check.KINDS)).examples(List.of(Check.NUMBER))
                .description("number: a figure of the source is not stated in the English; omission: a paragraph "
                        + "or most of its sentences are missing");
        properties.get("severity").enumeration(new ArrayList<>(Check.SEVERITIES)).examples(List.of(Check.WARNING))
                .description("warning: worth a look; error: content is missing");
        properties.get("source").description("The Korean text the finding is about").examples(List.of("1조 3000억원"));
        properties.get("detail").description("What was expected and not found")
                .examples(List.of("1.3 trillion (1,300,000,000,000) is not stated in the English."));
    }

    /**
     * A nullable record component of a record type comes out as {@code type: object} beside {@code anyOf: [ref,
     * null]}, which refuses the null it means to allow: add "null" to the type.
     */
    private static void admitNullRefs(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Schema property : schema.getProperties().values()) {
            boolean nullAlternative = property.getAnyOf() != null && property.getAnyOf().stream()
                    .anyMatch(s -> s.getType() != null && s.getType().equals(List.of(SchemaType.NULL)));
            if (nullAlternative && property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
            }
        }
    }

    private static Header header(String description, int example) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).minimum(java.math.BigDecimal.ZERO)
                        .examples(List.of(example)));
    }

    private static Header ref(String name) {
        return OASFactory.createHeader().ref(name);
    }
}
