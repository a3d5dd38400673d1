package dev.yoyak.llm.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.yoyak.testing.ModelFamily;
import dev.yoyak.testing.TinyGguf;

/**
 * Each architecture yoyak ships, through the real engine: a tiny GGUF with the family's tensors, hyper-parameters
 * and real chat template loads, renders yoyak's own system prompt into what the model reads, and answers
 * grammar-constrained JSON.
 */
class ModelFamiliesTest {

    @TempDir
    static Path dir;

    private static final Map<ModelFamily, LlamaModel> MODELS = new EnumMap<>(ModelFamily.class);

    @BeforeAll
    static void load() throws Exception {
        for (ModelFamily family : ModelFamily.values()) {
            Path file = TinyGguf.write(dir.resolve(family.arch() + ".gguf"), family);
            MODELS.put(family, new LlamaModel(new ModelParameters().setModel(file.toString()).setCtxSize(4096)
                    .setThreads(2).setParallel(1).setGpuLayers(0).enableFlashAttn().disableLog())); // as yoyak loads it
        }
    }

    @AfterAll
    static void close() {
        MODELS.values().forEach(LlamaModel::close);
    }

    /** yoyak's translation system prompt, as shipped in prompts/. */
    private static String systemPrompt() throws Exception {
        return Files.readString(Path.of("prompts/translate-system.txt"), StandardCharsets.UTF_8).strip();
    }

    private static ChatRequest.Builder request(String system) {
        return ChatRequest.builder().messages(SystemMessage.from(system),
                UserMessage.from("[서울=가상뉴스] 서울시가 1조 3000억원을 투입한다."));
    }

    @ParameterizedTest
    @EnumSource(ModelFamily.class)
    void systemInstructionsReachThePromptTheModelReads(ModelFamily family) throws Exception {
        String system = systemPrompt();
        String prompt = new LlamaChatModel(MODELS.get(family), "tiny", 64, 1).render(request(system).build());
        assertTrue(prompt.contains(system), family + " dropped the system prompt: " + prompt);
        assertTrue(prompt.contains("1조 3000억원"), prompt);
        // The instructions come before the article, whatever the family's turn markers.
        assertTrue(prompt.indexOf(system) < prompt.indexOf("1조 3000억원"), prompt);
    }

    @ParameterizedTest
    @EnumSource(value = ModelFamily.class, names = "GEMMA3")
    void gemmaFoldsTheSystemPromptIntoTheFirstUserTurn(ModelFamily family) throws Exception {
        String system = systemPrompt();
        String prompt = new LlamaChatModel(MODELS.get(family), "tiny", 64, 1).render(request(system).build());
        assertFalse(prompt.contains("<start_of_turn>system"), "Gemma has no system role: " + prompt);
        int userTurn = prompt.indexOf("<start_of_turn>user\n");
        assertTrue(userTurn >= 0 && userTurn < prompt.indexOf(system), prompt);
        assertTrue(prompt.endsWith("<start_of_turn>model\n"), prompt);
    }

    @ParameterizedTest
    @EnumSource(value = ModelFamily.class, names = "QWEN2")
    void qwenKeepsTheSystemTurnInsteadOfItsDefault(ModelFamily family) throws Exception {
        String system = systemPrompt();
        String prompt = new LlamaChatModel(MODELS.get(family), "tiny", 64, 1).render(request(system).build());
        assertTrue(prompt.startsWith("<|im_start|>system\n" + system), prompt);
        assertFalse(prompt.contains("You are Qwen"), "the template's default system prompt replaced yoyak's: " + prompt);
    }

    @ParameterizedTest
    @EnumSource(ModelFamily.class)
    void grammarConstrainedJsonComesBack(ModelFamily family) throws Exception {
        JsonSchema schema = JsonSchema.builder().name("Bilingual").rootElement(JsonObjectSchema.builder()
                .addStringProperty("ko").addStringProperty("en").required("ko", "en").build()).build();
        ResponseFormat format = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
        ChatResponse response = new LlamaChatModel(MODELS.get(family), "tiny", 2000, 1)
                .chat(request(systemPrompt()).responseFormat(format).build());
        JsonNode json = new ObjectMapper().readTree(response.aiMessage().text());
        assertEquals("a", json.path("ko").asText(), family + ": " + response.aiMessage().text());
        assertEquals("a", json.path("en").asText(), family + ": " + response.aiMessage().text());
    }
}
