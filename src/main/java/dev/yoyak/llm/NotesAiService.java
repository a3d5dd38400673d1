package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** The map step of a long article's summary: Korean notes of one part. */
@ApplicationScoped
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface NotesAiService {

    /** Key facts of one part of the article, in Korean. */
    @SystemMessage(fromResource = Prompts.SUMMARY_CHUNK_SYSTEM)
    @UserMessage(fromResource = Prompts.SUMMARY_CHUNK_USER)
    String notes(String headline, String text);
}
