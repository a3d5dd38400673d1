package dev.yoyak.llm;

import java.util.Set;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.request.DefaultChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import dev.yoyak.llm.embedded.LlamaChatModel;
import io.quarkus.arc.Arc;

/**
 * The chat model every AI service uses: it forwards each call to the backend {@link Backends} selected, so
 * the backend can be chosen at run time (environment variables) rather than at build time. A call made within a
 * {@link CallScope} gets that scope's output limit and re-ask sampling, and streams its answer to the scope's
 * listener, which may cut it off.
 */
public final class RoutingChatModel implements ChatModel {

    /** Penalties of a re-ask: it must not be the same deterministic call as the one that failed. */
    static final double REASK_FREQUENCY_PENALTY = 0.5;
    static final double REASK_PRESENCE_PENALTY = 0.3;

    private final Backends backends;

    RoutingChatModel(Backends backends) {
        this.backends = backends;
    }

    @Override
    public ChatResponse chat(ChatRequest original) {
        ChatModel model = backends.chatModel();
        CallScope scope = CallScope.current();
        ChatRequest request = scope == null ? original : scoped(original, scope, model);
        String provider = backends.provider().name().toLowerCase(java.util.Locale.ROOT);
        Timer.Sample sample = Timer.start(Metrics.globalRegistry);
        String outcome = "error";
        try {
            PartialAnswer partial = scope == null ? null : scope.listener();
            ChatResponse response;
            if (partial == null) {
                response = model.chat(request);
            } else {
                partial.start();
                response = model instanceof LlamaChatModel llama ? llama.chat(request, partial)
                        : backends.cuttableStream() != null
                                ? backends.cuttableStream().chat(request, model.defaultRequestParameters(), partial)
                                : model.chat(request);
            }
            if (scope != null) {
                scope.finished(response.finishReason());
            }
            outcome = response.finishReason() == FinishReason.LENGTH ? "truncated"
                    : response.finishReason() == FinishReason.OTHER ? "cut" : "ok";
            TokenUsage usage = response.tokenUsage();
            if (usage != null) {
                count(provider, "input", usage.inputTokenCount());
                count(provider, "output", usage.outputTokenCount());
            }
            return response;
        } finally {
            sample.stop(Metrics.timer("yoyak.backend.call", "provider", provider, "outcome", outcome));
        }
    }

    private static void count(String provider, String type, Integer tokens) {
        if (tokens != null) {
            Metrics.counter("yoyak.backend.tokens", "provider", provider, "type", type).increment(tokens);
        }
    }

    /** The request with the scope's output limit, format and, for a re-ask, repetition penalties. */
    private static ChatRequest scoped(ChatRequest request, CallScope scope, ChatModel model) {
        // The structured output goes only to a backend that supports it (the embedded engine's grammar); the
        // prompt itself asks for the JSON, so any other backend is asked in words.
        boolean format = scope.format() != null
                && model.supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA);
        ChatRequestParameters extra = DefaultChatRequestParameters.builder()
                .maxOutputTokens(scope.maxOutputTokens())
                .responseFormat(format ? scope.format() : null)
                .frequencyPenalty(scope.reask() ? REASK_FREQUENCY_PENALTY : null)
                .presencePenalty(scope.reask() ? REASK_PRESENCE_PENALTY : null)
                .build();
        return ChatRequest.builder().messages(request.messages())
                .parameters(request.parameters().overrideWith(extra)).build();
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return backends.problem() == null ? backends.chatModel().defaultRequestParameters()
                : ChatModel.super.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return backends.problem() == null ? backends.chatModel().supportedCapabilities() : Set.of();
    }

    @Override
    public ModelProvider provider() {
        return backends.problem() == null ? backends.chatModel().provider() : ModelProvider.OTHER;
    }

    /** Hands the routing model to quarkus-langchain4j, which instantiates suppliers by their no-arg constructor. */
    public static final class Supplier implements java.util.function.Supplier<ChatModel> {
        @Override
        public ChatModel get() {
            return new RoutingChatModel(Arc.container().instance(Backends.class).get());
        }
    }
}
