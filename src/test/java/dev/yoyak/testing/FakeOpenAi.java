package dev.yoyak.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible chat-completions server inside the test JVM, so the real HTTP client code runs. It
 * records what it received and answers through a replaceable {@link Responder}.
 */
public final class FakeOpenAi {

    /** What the fake answers to one chat-completions request. */
    public record Reply(int status, String content, long delayMillis, String finishReason, String retryAfter) {

        /** A 200 with this assistant message. */
        public static Reply ok(String content) {
            return new Reply(200, content, 0, "stop", null);
        }

        /** An HTTP error status with an OpenAI-style error body. */
        public static Reply error(int status) {
            return new Reply(status, null, 0, null, null);
        }

        /** No answer at all: the connection is dropped, as by a crashed or reset backend. */
        public static Reply dropConnection() {
            return new Reply(-1, null, 0, null, null);
        }

        /** The same reply, sent only after a delay. */
        public Reply after(long millis) {
            return new Reply(status, content, millis, finishReason, retryAfter);
        }

        /** The same reply, marked as cut off by the token limit. */
        public Reply truncated() {
            return new Reply(status, content, delayMillis, "length", retryAfter);
        }

        /** The same reply with a {@code Retry-After} header (seconds or an HTTP date, as given). */
        public Reply withRetryAfter(String value) {
            return new Reply(status, content, delayMillis, finishReason, value);
        }
    }

    /** Decides the reply to one received request. */
    public interface Responder extends Function<Received, Reply> {
    }

    /** One request as received: its JSON body with helpers for the prompt texts, and when it arrived. */
    public record Received(JsonNode body, long arrivedNanos) {

        /** The system message, or empty. */
        public String system() {
            return message("system");
        }

        /** The (last) user message, or empty. */
        public String user() {
            return message("user");
        }

        /** True when this is a translation request (judged by a key phrase of the translation prompt). */
        public boolean isTranslation() {
            return system().contains("translator of Korean news");
        }

        /** True when this is a (final) summary request. */
        public boolean isSummary() {
            return system().contains("short, factual summaries");
        }

        /** True when this is the map step of a long article's summary. */
        public boolean isNotes() {
            return system().contains("You take notes");
        }

        /** True when this is the glossary (entity) pass. */
        public boolean isEntities() {
            return system().contains("build a glossary");
        }

        /** The Korean paragraphs of a translation request, in order, without their [n] markers. */
        public List<String> paragraphs() {
            String user = user();
            String numbered = user.substring(user.indexOf("into English:") + "into English:".length()).strip();
            List<String> result = new java.util.ArrayList<>();
            for (String line : numbered.split("\n")) {
                result.add(line.replaceFirst("^\\[\\d+\\]\\s*", ""));
            }
            return result;
        }

        /** Text after the last "Text:" / "Part of the article:" / blank line of a summary, notes or entity request. */
        public String article() {
            String user = user();
            for (String label : new String[] { "Part of the article:\n", "Text:\n" }) {
                if (user.contains(label)) {
                    return user.substring(user.indexOf(label) + label.length()).strip();
                }
            }
            return user.substring(user.indexOf("\n\n") + 2).strip();
        }

        private String message(String role) {
            String found = "";
            for (JsonNode message : body.path("messages")) {
                if (role.equals(message.path("role").asText())) {
                    found = message.path("content").asText();
                }
            }
            return found;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeOpenAi instance;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Responder responder = FakeOpenAi::standardReply;

    private FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    /** The one fake of this test JVM, started on first use. */
    public static synchronized FakeOpenAi get() {
        if (instance == null) {
            try {
                instance = new FakeOpenAi();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** Base URL to configure as {@code quarkus.langchain4j.openai.base-url}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Forgets received requests and restores the standard replies. */
    public void reset() {
        received.clear();
        responder = FakeOpenAi::standardReply;
    }

    /** Replaces how the fake answers. */
    public void respond(Responder newResponder) {
        responder = newResponder;
    }

    /** Every request received since the last reset. */
    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Requests of one kind received since the last reset. */
    public long count(java.util.function.Predicate<Received> kind) {
        return received.stream().filter(kind).count();
    }

    /**
     * The standard behaviour: a translation answers {@code [n] EN(korean)} for each paragraph; a summary answers
     * valid JSON quoting the first line of what it was given, notes quote the first line too, and the glossary
     * pass names 박서연 when she occurs, so tests can see what reached each prompt.
     */
    public static Reply standardReply(Received request) {
        if (request.isTranslation()) {
            return Reply.ok(translate(request.paragraphs(), p -> "EN(" + p + ")"));
        }
        String gist = request.article().lines().findFirst().orElse("").replace("\"", "'");
        if (request.isSummary()) {
            return Reply.ok("{\"ko\": \"요약: " + gist + "\", \"en\": \"Summary of: " + gist + "\"}");
        }
        if (request.isNotes()) {
            return Reply.ok("요점: " + gist);
        }
        if (request.isEntities()) {
            return Reply.ok(request.article().contains("박서연")
                    ? "{\"entities\": [{\"ko\": \"박서연\", \"en\": \"Park Seo-yeon\", \"type\": \"person\"}]}"
                    : "{\"entities\": []}");
        }
        return Reply.error(400);
    }

    /** A numbered answer with {@code english} applied to each paragraph. */
    public static String translate(List<String> paragraphs, Function<String, String> english) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append('[').append(i + 1).append("] ").append(english.apply(paragraphs.get(i))).append('\n');
        }
        return out.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Received request = new Received(body, System.nanoTime());
            received.add(request);
            Reply reply = responder.apply(request);
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (reply.status() < 0) {
                return; // closing the exchange unanswered drops the connection
            }
            byte[] bytes = (reply.status() == 200 ? completion(body, reply) : errorBody(reply.status()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (reply.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client gave up (e.g. its timeout fired): nothing left to answer.
        }
    }

    private static String completion(JsonNode request, Reply reply) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 0)
                .put("model", request.path("model").asText("fake"));
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", reply.finishReason());
        choice.putObject("message").put("role", "assistant").put("content", reply.content());
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return JSON.writeValueAsString(root);
    }

    private static String errorBody(int status) {
        return "{\"error\": {\"message\": \"fake failure " + status + "\", \"type\": \"server_error\"}}";
    }
}
