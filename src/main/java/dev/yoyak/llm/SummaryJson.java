package dev.yoyak.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.yoyak.article.Bilingual;

/**
 * The summary's structured output: the JSON schema it is asked in (a llama.cpp grammar on the embedded engine,
 * {@code response_format} where a backend supports it) and the reading of an answer, which may come wrapped in
 * prose or a Markdown fence.
 */
final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code {"ko": string, "en": string}}. */
    static final ResponseFormat FORMAT = ResponseFormat.builder().type(ResponseFormatType.JSON)
            .jsonSchema(JsonSchema.builder().name("Bilingual").rootElement(JsonObjectSchema.builder()
                    .addStringProperty("ko").addStringProperty("en").required("ko", "en").build()).build())
            .build();

    private SummaryJson() {
    }

    /** The summary in an answer (its outermost JSON object), or null when there is none with both languages. */
    static Bilingual read(String answer) {
        String text = answer == null ? "" : answer;
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return null;
        }
        try {
            Bilingual value = JSON.readValue(text.substring(start, end + 1), Bilingual.class);
            return value != null && value.isComplete() ? value : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
