package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.yoyak.article.SummaryForm;
import io.quarkiverse.langchain4j.RegisterAiService;

/** Writes a short bilingual summary of a Korean news article. */
@ApplicationScoped
// Retries and the circuit breaker: ModelGuard, around each call (ArticleModel).
// No chat memory: quarkus-langchain4j would otherwise give the service one memory shared by every caller, so
// one request's article (and all earlier turns) would travel in the next request's prompt.
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class,
        chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
public interface SummaryAiService {

    /**
     * About {@code sentences} sentences in Korean and the same facts in English, as JSON {@code {"ko", "en"}};
     * {@code style} and {@code register} are the instructions of a {@link SummaryForm}.
     */
    @SystemMessage(fromResource = Prompts.SUMMARY_SYSTEM)
    @UserMessage(fromResource = Prompts.SUMMARY_USER)
    // The JSON is read and judged by ArticleModel (SummaryJson), which asks again when it is unusable; its schema
    // goes to the backend through the CallScope.
    String summarize(String text, int sentences, String style, String register);
}
