package dev.yoyak.api.compat;

import java.io.IOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON request body read by the compatible resources themselves, so that a malformed one is answered in the
 * protocol's error shape rather than as problem+json.
 */
final class JsonBody {

    private JsonBody() {
    }

    /** The body as a JSON object, or empty when it is not valid JSON or not an object. */
    static Optional<JsonNode> object(ObjectMapper json, byte[] body) {
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? Optional.of(root) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A field as text (numbers and booleans too), or null when absent or null. */
    static String text(JsonNode root, String field) {
        JsonNode value = root.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
