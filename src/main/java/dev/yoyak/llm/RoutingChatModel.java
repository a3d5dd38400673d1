package dev.yoyak.llm;

import java.util.Set;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.quarkus.arc.Arc;

/**
 * The chat model every AI service uses: it forwards each call to the backend {@link Backends} selected, so
 * the backend can be chosen at run time (environment variables) rather than at build time.
 */
public final class RoutingChatModel implements ChatModel {

    private final Backends backends;

    RoutingChatModel(Backends backends) {
        this.backends = backends;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return backends.chatModel().chat(request);
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
