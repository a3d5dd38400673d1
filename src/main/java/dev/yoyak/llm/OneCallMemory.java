package dev.yoyak.llm;

import java.util.function.Supplier;

import dev.langchain4j.memory.chat.ChatMemoryProvider;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;

/**
 * Chat memory for exactly one call, for the AI service whose output guardrail may re-ask: the re-ask needs the
 * call's own turns, and quarkus-langchain4j 1.10's memory-less path fails on a second re-ask
 * (quarkiverse/quarkus-langchain4j#2724). Each call passes a fresh id and removes its memory when done
 * ({@link ArticleModel}), so no call ever sees another's messages.
 */
public final class OneCallMemory implements Supplier<ChatMemoryProvider> {

    /** System, user, a rejected answer and the re-ask, twice over, with room to spare. */
    private static final int MAX_MESSAGES = 10;

    @Override
    public ChatMemoryProvider get() {
        return id -> MessageWindowChatMemory.builder().id(id).maxMessages(MAX_MESSAGES).build();
    }
}
