package dev.yoyak.llm;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.guardrail.OutputGuardrail;
import dev.langchain4j.guardrail.OutputGuardrailResult;

/**
 * Accepts the summary only when it parses as {@code {ko, en}} with both fields non-blank; otherwise the model
 * is asked again, and after the retries the call fails instead of returning a half-parsed summary.
 */
@Singleton
public class SummaryGuardrail implements OutputGuardrail {

    static final String REPROMPT = "Your answer was not a valid JSON object. Answer again with only a JSON object "
            + "of the form {\"ko\": \"Korean summary\", \"en\": \"English summary\"}, both fields non-empty.";

    private final ObjectMapper json;

    public SummaryGuardrail(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public OutputGuardrailResult validate(AiMessage message) {
        String text = message.text() == null ? "" : message.text();
        // Models often wrap JSON in prose or a Markdown fence: read the outermost object.
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return reprompt("No JSON object in the summary", REPROMPT);
        }
        String object = text.substring(start, end + 1);
        try {
            Bilingual summary = json.readValue(object, Bilingual.class);
            if (summary == null || !summary.isComplete()) {
                return reprompt("The summary lacks a language", REPROMPT);
            }
            return successWith(object, new Bilingual(summary.ko().strip(), summary.en().strip()));
        } catch (JsonProcessingException e) {
            return reprompt("Invalid JSON in the summary", REPROMPT);
        }
    }
}
