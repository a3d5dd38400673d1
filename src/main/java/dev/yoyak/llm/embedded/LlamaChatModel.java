package dev.yoyak.llm.embedded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaIterator;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.LlamaOutput;
import de.kherud.llama.Pair;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.yoyak.llm.PartialAnswer;

/**
 * A LangChain4j {@link ChatModel} on an in-process llama.cpp model: the GGUF's own chat template, temperature 0
 * unless asked otherwise, a token limit, and JSON-schema output constrained by a llama.cpp grammar. At most
 * {@code parallel} requests run at once (one per engine slot); the rest wait, so no two threads share a slot.
 * Output can be streamed token by token to a {@link PartialAnswer}, which may stop it (a loop): the slot is freed
 * at once. A request with a frequency or presence penalty (a re-ask) is also sampled with llama.cpp's repeat
 * penalty, so a re-ask of an answer that looped is never the same deterministic call.
 */
public final class LlamaChatModel implements ChatModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LlamaModel model;
    private final String modelName;
    private final int maxTokens;
    private final Semaphore slots;

    LlamaChatModel(LlamaModel model, String modelName, int maxTokens, int parallel) {
        this.model = model;
        this.modelName = modelName;
        this.maxTokens = maxTokens;
        this.slots = new Semaphore(parallel, true);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return generate(request, null);
    }

    /** Like {@link #chat(ChatRequest)}, with each piece of the answer told to {@code partial} as it comes. */
    public ChatResponse chat(ChatRequest request, PartialAnswer partial) {
        ChatRequest merged = ChatRequest.builder().messages(request.messages())
                .parameters(defaultRequestParameters().overrideWith(request.parameters())).build();
        return generate(merged, partial);
    }

    private ChatResponse generate(ChatRequest request, PartialAnswer partial) {
        int limit = request.parameters().maxOutputTokens() != null ? request.parameters().maxOutputTokens() : maxTokens;
        InferenceParameters inference = parameters(request).setNPredict(limit);
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        boolean stopped = false;
        slots.acquireUninterruptibly();
        try {
            LlamaIterator outputs = model.generate(inference).iterator();
            try {
                while (outputs.hasNext()) {
                    LlamaOutput output = outputs.next();
                    text.append(output.text);
                    tokens++;
                    if (partial != null && !output.text.isEmpty() && partial.text(output.text)) {
                        // A loop: stop generating now and free the slot.
                        outputs.cancel();
                        stopped = true;
                        break;
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        // The caller gave up (timeout, cancelled request): free the slot now.
                        outputs.cancel();
                        throw new IllegalStateException("generation cancelled");
                    }
                }
            } catch (RuntimeException e) {
                outputs.cancel();
                throw e;
            }
        } finally {
            slots.release();
        }
        // The last output only closes the stream; it carries no token of its own.
        tokens = stopped ? tokens : Math.max(0, tokens - 1);
        FinishReason finish = stopped ? FinishReason.OTHER : tokens >= limit ? FinishReason.LENGTH : FinishReason.STOP;
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(text.toString()))
                .modelName(modelName)
                .tokenUsage(new TokenUsage(null, tokens))
                .finishReason(finish)
                .build();
    }

    /**
     * The prompt text the engine reads: the messages rendered by the GGUF's own chat template (the binding renders
     * messages only through applyTemplate; generation itself reads a prompt).
     */
    String render(ChatRequest request) {
        StringBuilder system = new StringBuilder();
        List<Pair<String, String>> turns = new ArrayList<>();
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage s) {
                system.append(system.length() > 0 ? "\n\n" : "").append(s.text());
            } else if (message instanceof UserMessage u) {
                turns.add(new Pair<>("user", u.singleText()));
            } else if (message instanceof AiMessage a && a.text() != null) {
                turns.add(new Pair<>("assistant", a.text()));
            }
        }
        return model.applyTemplate(new InferenceParameters("").setUseChatTemplate(true)
                .setMessages(system.toString(), turns));
    }

    private InferenceParameters parameters(ChatRequest request) {
        String prompt = render(request);
        ChatRequestParameters params = request.parameters();
        InferenceParameters inference = new InferenceParameters(prompt)
                .setTemperature(params.temperature() == null ? 0f : params.temperature().floatValue())
                .setCachePrompt(true);
        if (params.topP() != null) {
            inference.setTopP(params.topP().floatValue());
        }
        if (params.frequencyPenalty() != null || params.presencePenalty() != null) {
            inference.setRepeatPenalty(1.15f).setRepeatLastN(256);
            if (params.frequencyPenalty() != null) {
                inference.setFrequencyPenalty(params.frequencyPenalty().floatValue());
            }
            if (params.presencePenalty() != null) {
                inference.setPresencePenalty(params.presencePenalty().floatValue());
            }
        }
        if (params.stopSequences() != null && !params.stopSequences().isEmpty()) {
            inference.setStopStrings(params.stopSequences().toArray(String[]::new));
        }
        grammar(params.responseFormat()).ifPresent(inference::setGrammar);
        return inference;
    }

    /** A llama.cpp grammar that forces output of the requested JSON schema. */
    private static java.util.Optional<String> grammar(ResponseFormat format) {
        if (format == null || format.type() != ResponseFormatType.JSON || format.jsonSchema() == null) {
            return java.util.Optional.empty();
        }
        try {
            Map<String, Object> root = JsonSchemaElementUtils.toMap(format.jsonSchema().rootElement());
            String schema = JSON.writeValueAsString(requireAll(root));
            return java.util.Optional.of(LlamaModel.jsonSchemaToGrammar(schema));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON schema of the response format does not serialize", e);
        }
    }

    /**
     * Marks every property of every object required. The schemas come from records, whose components are all
     * needed; left optional, a grammar lets a small model answer {@code {}}.
     */
    @SuppressWarnings("unchecked")
    static Object requireAll(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, value) -> copy.put(key, requireAll(value)));
            if (copy.get("properties") instanceof Map<?, ?> properties && !properties.isEmpty()) {
                copy.put("required", new ArrayList<>(properties.keySet()));
            }
            return copy;
        }
        if (node instanceof List<?> list) {
            return list.stream().map(LlamaChatModel::requireAll).toList();
        }
        return node;
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
    }

    @Override
    public ModelProvider provider() {
        return ModelProvider.OTHER;
    }
}
