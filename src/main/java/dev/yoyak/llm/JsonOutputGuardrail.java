package dev.yoyak.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;

/**
 * Accepts structured output only when it parses into {@code T} and is complete; otherwise the model is asked
 * again, and after the retries the call fails instead of returning a half-parsed value.
 */
public abstract class JsonOutputGuardrail<T> implements OutputGuardrail {

    private final ObjectMapper json;
    private final Class<T> type;
    private final String reprompt;

    protected JsonOutputGuardrail(ObjectMapper json, Class<T> type, String expectedShape) {
        this.json = json;
        this.type = type;
        this.reprompt = "Your answer was not valid JSON of the expected form. Answer again with only a JSON object "
                + "of the form " + expectedShape + ".";
    }

    /** Whether a parsed value holds everything the caller needs. */
    protected abstract boolean isComplete(T value);

    @Override
    public OutputGuardrailResult validate(AiMessage message) {
        String text = message.text() == null ? "" : message.text();
        // Models often wrap JSON in prose or a Markdown fence: read the outermost object.
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return reprompt("No JSON object in the answer", reprompt);
        }
        String object = text.substring(start, end + 1);
        try {
            T value = json.readValue(object, type);
            return value != null && isComplete(value) ? successWith(object, value)
                    : reprompt("Incomplete JSON answer", reprompt);
        } catch (JsonProcessingException e) {
            return reprompt("Invalid JSON in the answer", reprompt);
        }
    }
}
