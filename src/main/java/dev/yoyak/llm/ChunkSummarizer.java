package dev.yoyak.llm;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Retry;

import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;

/** The map step of a long article's summary: Korean notes of one part. */
@ApplicationScoped
@RegisterAiService(chatLanguageModelSupplier = RoutingChatModel.Supplier.class)
public interface ChunkSummarizer {

    /** Key facts of one part of the article, in Korean. */
    @SystemMessage(fromResource = Prompts.SUMMARY_CHUNK_SYSTEM)
    @UserMessage(fromResource = Prompts.SUMMARY_CHUNK_USER)
    @Retry(maxRetries = 1, delay = 500, jitter = 250, abortOn = BackendNotConfiguredException.class)
    String notes(String headline, String text);
}
