package dev.yoyak.llm;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;

import dev.yoyak.article.Async;
import dev.yoyak.article.BackendUnavailableException;

/** A streamed call made blocking: pieces go to a {@link PartialAnswer} as they come, the whole answer is returned. */
final class Streaming {

    private Streaming() {
    }

    static ChatResponse chat(StreamingChatModel model, ChatRequest request, PartialAnswer partial, Duration timeout) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(request, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String piece) {
                partial.text(piece);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            // The client's own timeout covers a silent backend; this bound only keeps a lost callback from
            // holding the thread forever.
            return done.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("the backend call was interrupted", e);
        } catch (ExecutionException e) {
            throw Async.rethrow(e);
        } catch (java.util.concurrent.TimeoutException e) {
            done.cancel(true);
            throw new IllegalStateException(new java.util.concurrent.TimeoutException("stream timeout period elapsed"));
        }
    }
}
