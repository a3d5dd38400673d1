package dev.yoyak.llm.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import dev.langchain4j.model.output.FinishReason;
import dev.yoyak.testing.TinyGguf;

/** The real llama.cpp engine through JNI, on a tiny GGUF the test writes: loads, generates, obeys limits. */
class LlamaChatModelTest {

    @TempDir
    static Path dir;

    private static LlamaModel llama;
    private static LlamaChatModel model;

    @BeforeAll
    static void load() throws Exception {
        Path file = TinyGguf.write(dir.resolve("tiny.gguf"));
        long start = System.nanoTime();
        llama = new LlamaModel(new ModelParameters().setModel(file.toString()).setCtxSize(2048).setThreads(2)
                .setParallel(2).setGpuLayers(0).disableLog());
        System.out.printf("tiny GGUF (%d bytes) loaded in %d ms%n", java.nio.file.Files.size(file),
                (System.nanoTime() - start) / 1_000_000);
        model = new LlamaChatModel(llama, "tiny", 256, 2);
    }

    @AfterAll
    static void close() {
        llama.close();
    }

    private static ChatRequest.Builder request(String user) {
        return ChatRequest.builder().messages(SystemMessage.from("Translate Korean news into English."), UserMessage.from(user));
    }

    @Test
    void generatesTokensThroughTheChatTemplate() {
        ChatResponse response = model.chat(request("서울시가 2030년까지 1조 3000억원을 투입한다.").build());
        assertTrue(response.tokenUsage().outputTokenCount() > 0, "the engine generated tokens");
        assertFalse(response.aiMessage().text().isEmpty());
        assertEquals("tiny", response.modelName());
    }

    @Test
    void engineSpeedIsMeasured() {
        // After a quote the bigram model alternates a"a"a"…, so this runs to the limit: a throughput figure.
        long start = System.nanoTime();
        int tokens = 0;
        for (var output : llama.generate(new de.kherud.llama.InferenceParameters("x\"").setNPredict(500).setTemperature(0f))) {
            tokens++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("tiny model: %d tokens in %.3f s = %.0f tokens/s%n", tokens - 1, seconds, (tokens - 1) / seconds);
        assertEquals(500, tokens - 1);
    }

    @Test
    void tokenLimitEndsWithFinishReasonLength() {
        ChatResponse response = model.chat(request("요약해 주세요.").maxOutputTokens(2).build());
        assertEquals(" Seoul city", response.aiMessage().text());
        assertEquals(2, response.tokenUsage().outputTokenCount());
        assertEquals(FinishReason.LENGTH, response.finishReason());
    }

    @Test
    void answerEndsAtEndOfTurn() {
        ChatResponse response = model.chat(request("요약해 주세요.").maxOutputTokens(50).build());
        assertEquals(" Seoul city said.", response.aiMessage().text(), "the bigram model's sentence, via the chat template");
        assertEquals(FinishReason.STOP, response.finishReason());
    }

    @Test
    void jsonSchemaOutputIsConstrainedByAGrammar() throws Exception {
        JsonSchema schema = JsonSchema.builder().name("Bilingual").rootElement(JsonObjectSchema.builder()
                .addStringProperty("ko").addStringProperty("en").required("ko", "en").build()).build();
        ResponseFormat format = ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build();
        ChatResponse response = model.chat(request("요약").responseFormat(format).maxOutputTokens(2000).build());
        JsonNode json = new ObjectMapper().readTree(response.aiMessage().text());
        assertEquals("a", json.path("ko").asText(), response.aiMessage().text());
        assertEquals("a", json.path("en").asText());
        assertEquals(FinishReason.STOP, response.finishReason());
    }

    @Test
    void concurrentRequestsAreServedSafely() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<ChatResponse>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                futures.add(pool.submit(() -> model.chat(request("기사 " + n).maxOutputTokens(32).build())));
            }
            for (Future<ChatResponse> future : futures) {
                assertTrue(future.get().tokenUsage().outputTokenCount() > 0);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
