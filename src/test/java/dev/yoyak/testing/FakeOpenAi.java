package dev.yoyak.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.llm.ArticleLlm.Extras;
import dev.yoyak.llm.Prompts;

/**
 * An OpenAI-compatible chat-completions server inside the test JVM, so the real HTTP client code runs. It
 * records what it received and answers through a replaceable {@link Responder}. It tells calls apart by the
 * prompt templates they were rendered from ({@link PromptTemplate}), never by their wording.
 */
public final class FakeOpenAi {

    /** What the fake answers to one chat-completions request. */
    public record Reply(int status, String content, long delayMillis, String finishReason, long lineMillis,
            String retryAfter) {

        /** A 200 with this assistant message. */
        public static Reply ok(String content) {
            return new Reply(200, content, 0, "stop", 0, null);
        }

        /** An HTTP error status with an OpenAI-style error body. */
        public static Reply error(int status) {
            return new Reply(status, null, 0, null, 0, null);
        }

        /** No answer at all: the connection is dropped, as by a crashed or reset backend. */
        public static Reply dropConnection() {
            return new Reply(-1, null, 0, null, 0, null);
        }

        /** The same reply, sent only after a delay. */
        public Reply after(long millis) {
            return new Reply(status, content, millis, finishReason, lineMillis, retryAfter);
        }

        /** The same reply, marked as cut off by the token limit. */
        public Reply truncated() {
            return new Reply(status, content, delayMillis, "length", lineMillis, retryAfter);
        }

        /** The same reply, streamed (when the client asks for a stream) one line every {@code millis}. */
        public Reply streamedSlowly(long millis) {
            return new Reply(status, content, delayMillis, finishReason, millis, retryAfter);
        }

        /** The same reply with a {@code Retry-After} header (seconds or an HTTP date, as given). */
        public Reply withRetryAfter(String value) {
            return new Reply(status, content, delayMillis, finishReason, lineMillis, value);
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

        /** True when this is a translation request: its system message is the translation prompt's. */
        public boolean isTranslation() {
            return TRANSLATE_SYSTEM.rendered(system());
        }

        /** True when this is a (final) summary request. */
        public boolean isSummary() {
            return SUMMARY_SYSTEM.rendered(system());
        }

        /** True when this is the map step of a long article's summary. */
        public boolean isNotes() {
            return NOTES_SYSTEM.rendered(system());
        }

        /** True when the client asked for the answer as a stream of server-sent events. */
        public boolean isStream() {
            return body.path("stream").asBoolean(false);
        }

        /**
         * A variable of the prompt templates this request was rendered from (system message first, then user
         * message), e.g. {@code paragraphs}, {@code glossary}, {@code sentences}, {@code style}; empty if none.
         */
        public String variable(String name) {
            for (PromptTemplate template : List.of(TRANSLATE_SYSTEM, SUMMARY_SYSTEM, NOTES_SYSTEM, TRANSLATE_USER,
                    SUMMARY_USER, NOTES_USER)) {
                Optional<Map<String, String>> values = template.values(template == TRANSLATE_USER
                        || template == SUMMARY_USER || template == NOTES_USER ? user() : system());
                if (values.isPresent() && values.get().containsKey(name)) {
                    return values.get().get(name);
                }
            }
            return "";
        }

        /** True when a summary request asks for this style (its instruction is the style's prompt fragment). */
        public boolean asks(SummaryStyle style) {
            return variable("style").equals(Prompts.text(Prompts.fragment(style)));
        }

        /** True when a summary request asks for this Korean register. */
        public boolean asks(KoreanRegister register) {
            return variable("register").equals(Prompts.text(Prompts.fragment(register)));
        }

        /** What a translation request asks for after the paragraphs (NONE for other requests). */
        public Extras extras() {
            String after = variable("after");
            return Arrays.stream(Extras.values()).filter(e -> e.request().strip().equals(after)).findFirst()
                    .orElse(Extras.NONE);
        }

        /** True when a translation request asks for the [notes] line after the paragraphs. */
        public boolean asksNotes() {
            return extras() != Extras.NONE;
        }

        /** True when a translation request asks for the [names] line after the paragraphs. */
        public boolean asksNames() {
            return extras() == Extras.NOTES_AND_NAMES;
        }

        /** The Korean paragraphs of a translation request, in order, without their [n] markers. */
        public List<String> paragraphs() {
            List<String> result = new java.util.ArrayList<>();
            for (String line : variable("paragraphs").split("\n")) {
                result.add(line.replaceFirst("^\\[\\d+\\]\\s*", ""));
            }
            return result;
        }

        /** The text a summary or notes request was given (headline and notes, or part of the article). */
        public String article() {
            return variable("text");
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
    private static final PromptTemplate TRANSLATE_SYSTEM = PromptTemplate.of(Prompts.TRANSLATE_SYSTEM);
    private static final PromptTemplate TRANSLATE_USER = PromptTemplate.of(Prompts.TRANSLATE_USER);
    private static final PromptTemplate SUMMARY_SYSTEM = PromptTemplate.of(Prompts.SUMMARY_SYSTEM);
    private static final PromptTemplate SUMMARY_USER = PromptTemplate.of(Prompts.SUMMARY_USER);
    private static final PromptTemplate NOTES_SYSTEM = PromptTemplate.of(Prompts.SUMMARY_CHUNK_SYSTEM);
    private static final PromptTemplate NOTES_USER = PromptTemplate.of(Prompts.SUMMARY_CHUNK_USER);
    private static FakeOpenAi instance;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final List<Long> streamEnds = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong written = new java.util.concurrent.atomic.AtomicLong();
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
        streamEnds.clear();
        written.set(0);
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
     * The English the standard behaviour gives for a Korean text: {@code EN(…)} around its romanization (Latin
     * letters, so it passes the validation a translation gets, yet shows which Korean it came from).
     */
    public static String english(String korean) {
        return "EN(" + Romanized.of(korean) + ")";
    }

    /**
     * The standard behaviour: a translation answers {@code [n] EN(romanized korean)} for each paragraph, then, when asked,
     * {@code [notes] NOTES(opening of the first paragraph)} and a {@code [names]} line naming 박서연 when she occurs; a summary
     * answers valid JSON quoting the first line of what it was given and condensed notes quote their first line
     * too, so tests can see what reached each prompt.
     */
    public static Reply standardReply(Received request) {
        if (request.isTranslation()) {
            return Reply.ok(translate(request.paragraphs(), FakeOpenAi::english) + extras(request));
        }
        String gist = request.article().lines().findFirst().orElse("").replace("\"", "'");
        if (request.isSummary()) {
            return Reply.ok("{\"ko\": \"요약: " + gist + "\", \"en\": \"Summary of: " + Romanized.of(gist) + "\"}");
        }
        if (request.isNotes()) {
            return Reply.ok("요점: " + gist);
        }
        return Reply.error(400);
    }

    /** The [notes] and [names] lines a translation request asks for, in the standard behaviour. */
    public static String extras(Received request) {
        String extras = "";
        if (request.asksNotes()) {
            String first = request.paragraphs().get(0);
            extras += "[notes] NOTES(" + first.substring(0, Math.min(first.length(), 30)) + ")\n";
        }
        if (request.asksNames()) {
            extras += "[names] " + (String.join("\n", request.paragraphs()).contains("박서연")
                    ? "박서연 = Park Seo-yeon (person); 서울 = Seoul (place)" : "") + "\n";
        }
        return extras;
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
            if (reply.status() == 200 && request.isStream()) {
                stream(exchange, body, reply);
                return;
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
            if (reply.status() == 200) {
                written.addAndGet(reply.content().length());
            }
        } catch (IOException e) {
            // The client gave up (e.g. its timeout fired): nothing left to answer.
        }
    }

    /**
     * Characters of answer content sent since the last reset: a streamed answer counts only the lines written
     * before the client closed the stream.
     */
    public long written() {
        return written.get();
    }

    /** Nanosecond times at which streamed answers were finished, in order. */
    public List<Long> streamEnds() {
        return List.copyOf(streamEnds);
    }

    /** Server-sent events as OpenAI streams them: one delta per line of the answer, then the finish and [DONE]. */
    private void stream(HttpExchange exchange, JsonNode request, Reply reply) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String line : reply.content().split("(?<=\n)")) {
                if (reply.lineMillis() > 0) {
                    try {
                        Thread.sleep(reply.lineMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                event(out, chunk(request, JSON.createObjectNode().put("content", line), null));
                written.addAndGet(line.length());
            }
            ObjectNode last = chunk(request, JSON.createObjectNode(), reply.finishReason());
            last.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
            event(out, last);
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            streamEnds.add(System.nanoTime());
        }
    }

    private static ObjectNode chunk(JsonNode request, ObjectNode delta, String finishReason) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk").put("created", 0)
                .put("model", request.path("model").asText("fake"));
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).set("delta", delta);
        choice.put("finish_reason", finishReason);
        return root;
    }

    private static void event(OutputStream out, JsonNode data) throws IOException {
        out.write(("data: " + JSON.writeValueAsString(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
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
