package dev.yoyak.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import dev.yoyak.article.BackendUnavailableException;

/**
 * A streamed OpenAI-compatible chat completion that can be cut off: when the listener says stop (a loop seen),
 * the HTTP exchange is cancelled and the connection closed, so the backend stops generating. Written on the
 * JDK's HTTP client because quarkus-langchain4j 1.10's streaming model cannot cancel (its
 * {@code StreamingHandle} is a no-op), so a looping answer would otherwise run to its output limit.
 */
final class CuttableStream {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final String apiKey;
    private final Duration timeout;

    CuttableStream(String baseUrl, String apiKey, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.endpoint = URI.create(baseUrl.replaceAll("/+$", "") + "/chat/completions");
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    /** Streams the answer to {@code partial}; the whole answer (or what came before a stop) is returned. */
    ChatResponse chat(ChatRequest request, ChatRequestParameters defaults, PartialAnswer partial) {
        ChatRequestParameters params = defaults.overrideWith(request.parameters());
        HttpRequest.Builder post = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body(request, params).toString(), StandardCharsets.UTF_8));
        if (apiKey != null && !apiKey.isBlank()) {
            post.header("Authorization", "Bearer " + apiKey);
        }
        Events events = new Events(partial);
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(post.build(), info -> {
            events.status = info.statusCode();
            events.retryAfter = info.headers().firstValue("Retry-After").orElse(null);
            return HttpResponse.BodySubscribers.fromLineSubscriber(events);
        });
        exchange.whenComplete((response, failure) -> {
            if (failure != null) {
                events.done.completeExceptionally(failure);
            }
        });
        try {
            // The request timeout covers a backend that never answers; this bound a stream that stalls.
            return events.done.get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("the backend call was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(new java.util.concurrent.TimeoutException("stream timeout period elapsed"));
        } finally {
            events.cancel();
            exchange.cancel(true);
        }
    }

    private static ObjectNode body(ChatRequest request, ChatRequestParameters params) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", params.modelName()).put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        ArrayNode messages = body.putArray("messages");
        for (ChatMessage message : request.messages()) {
            if (message instanceof SystemMessage s) {
                messages.addObject().put("role", "system").put("content", s.text());
            } else if (message instanceof UserMessage u) {
                messages.addObject().put("role", "user").put("content", u.singleText());
            } else if (message instanceof AiMessage a && a.text() != null) {
                messages.addObject().put("role", "assistant").put("content", a.text());
            }
        }
        if (params.temperature() != null) {
            body.put("temperature", params.temperature());
        }
        if (params.topP() != null) {
            body.put("top_p", params.topP());
        }
        if (params.maxOutputTokens() != null) {
            body.put("max_tokens", params.maxOutputTokens());
        }
        if (params.frequencyPenalty() != null) {
            body.put("frequency_penalty", params.frequencyPenalty());
        }
        if (params.presencePenalty() != null) {
            body.put("presence_penalty", params.presencePenalty());
        }
        return body;
    }

    /** The server-sent events of one answer, line by line. */
    private static final class Events implements Flow.Subscriber<String> {
        final CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        private final PartialAnswer partial;
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder errorBody = new StringBuilder();
        volatile int status;
        volatile String retryAfter;
        private volatile Flow.Subscription subscription;
        private FinishReason finish;
        private Integer outputTokens;
        private Integer inputTokens;

        Events(PartialAnswer partial) {
            this.partial = partial;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (done.isDone()) {
                return;
            }
            if (status != 200) {
                errorBody.append(line).append('\n');
                return;
            }
            if (!line.startsWith("data:")) {
                return;
            }
            String data = line.substring(5).strip();
            if (data.equals("[DONE]")) {
                finish();
                return;
            }
            try {
                JsonNode event = JSON.readTree(data);
                JsonNode choice = event.path("choices").path(0);
                String piece = choice.path("delta").path("content").asText("");
                if (!piece.isEmpty()) {
                    text.append(piece);
                    if (partial.text(piece)) {
                        // A loop: close the connection now, so the backend stops generating.
                        finish = FinishReason.OTHER;
                        cancel();
                        finish();
                        return;
                    }
                }
                String reason = choice.path("finish_reason").asText("");
                if (!reason.isEmpty() && !"null".equals(reason)) {
                    finish = "length".equals(reason) ? FinishReason.LENGTH : FinishReason.STOP;
                }
                JsonNode usage = event.path("usage");
                if (usage.isObject()) {
                    inputTokens = usage.path("prompt_tokens").isInt() ? usage.path("prompt_tokens").asInt() : null;
                    outputTokens = usage.path("completion_tokens").isInt() ? usage.path("completion_tokens").asInt() : null;
                }
            } catch (java.io.IOException | RuntimeException e) {
                done.completeExceptionally(e);
                cancel();
            }
        }

        @Override
        public void onError(Throwable error) {
            done.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            if (status != 200) {
                done.completeExceptionally(failure());
            } else {
                finish();
            }
        }

        private RuntimeException failure() {
            if (status == 429 || status == 503) {
                var wait = RetryAfterFilter.parse(retryAfter, Instant.now());
                if (wait.isPresent()) {
                    return new BackendBusyException(status, wait.get());
                }
            }
            return new HttpException(status, errorBody.toString());
        }

        private void finish() {
            done.complete(ChatResponse.builder().aiMessage(AiMessage.from(text.toString()))
                    .finishReason(finish == null ? FinishReason.STOP : finish)
                    .tokenUsage(new TokenUsage(inputTokens, outputTokens)).build());
        }

        void cancel() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }
}
