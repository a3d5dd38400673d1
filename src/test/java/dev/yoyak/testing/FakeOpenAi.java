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
    public record Reply(int status, String content, long delayMillis) {

        /** A 200 with this assistant message. */
        public static Reply ok(String content) {
            return new Reply(200, content, 0);
        }

        /** An HTTP error status with an OpenAI-style error body. */
        public static Reply error(int status) {
            return new Reply(status, null, 0);
        }

        /** The same reply, sent only after a delay. */
        public Reply after(long millis) {
            return new Reply(status, content, millis);
        }
    }

    /** Decides the reply to one received request. */
    public interface Responder extends Function<Received, Reply> {
    }

    /** One request as received: its JSON body with helpers for the prompt texts. */
    public record Received(JsonNode body) {

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

        /** True when this is a summary request. */
        public boolean isSummary() {
            return system().contains("short, factual summaries");
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
     * The standard behaviour: a translation marks each source line as translated, a summary answers valid JSON
     * that quotes the first words of the article, so tests can see the article reached the prompt.
     */
    public static Reply standardReply(Received request) {
        String article = request.user().substring(request.user().indexOf("\n\n") + 2).strip();
        if (request.isSummary()) {
            String gist = article.lines().findFirst().orElse("");
            return Reply.ok("{\"ko\": \"요약: " + gist.replace("\"", "'") + "\", \"en\": \"Summary of: "
                    + gist.replace("\"", "'") + "\"}");
        }
        StringBuilder english = new StringBuilder();
        article.lines().filter(line -> !line.isBlank())
                .forEach(line -> english.append("EN(").append(line.strip()).append(")\n"));
        return Reply.ok(english.toString());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            Received request = new Received(body);
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
            byte[] bytes = (reply.status() == 200 ? completion(body, reply.content()) : errorBody(reply.status()))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // The client gave up (e.g. its timeout fired): nothing left to answer.
        }
    }

    private static String completion(JsonNode request, String content) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 0)
                .put("model", request.path("model").asText("fake"));
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return JSON.writeValueAsString(root);
    }

    private static String errorBody(int status) {
        return "{\"error\": {\"message\": \"fake failure " + status + "\", \"type\": \"server_error\"}}";
    }
}
