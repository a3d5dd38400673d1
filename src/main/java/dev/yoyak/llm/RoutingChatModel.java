package dev.yoyak.llm;

import java.util.Set;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import io.quarkus.arc.Arc;

/**
 * The chat model every AI service uses: it forwards each call to the backend {@link Backends} selected, so
 * the backend can be chosen at run time (environment variables) rather than at build time.
 */
public final class RoutingChatModel implements ChatModel {

    // AI services return text only; the caller reads how its last answer ended from here (same thread).
    private static final ThreadLocal<FinishReason> LAST_FINISH = new ThreadLocal<>();

    private final Backends backends;

    RoutingChatModel(Backends backends) {
        this.backends = backends;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        LAST_FINISH.remove();
        ChatModel model = backends.chatModel();
        String provider = backends.provider().name().toLowerCase(java.util.Locale.ROOT);
        Timer.Sample sample = Timer.start(Metrics.globalRegistry);
        String outcome = "error";
        try {
            PartialAnswer partial = PartialAnswer.current();
            if (partial != null) {
                partial.start();
            }
            ChatResponse response = partial != null && backends.streamingChatModel() != null
                    ? Streaming.chat(backends.streamingChatModel(), request, partial, backends.timeout())
                    : model.chat(request);
            LAST_FINISH.set(response.finishReason());
            outcome = response.finishReason() == FinishReason.LENGTH ? "truncated" : "ok";
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

    /** Why the last answer on this thread ended (LENGTH: cut off by the token limit), or null. */
    public static FinishReason lastFinishReason() {
        return LAST_FINISH.get();
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
