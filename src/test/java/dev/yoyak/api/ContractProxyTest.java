package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KeysProfile;
import dev.yoyak.testing.NodeTool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Real exchanges through Prism's validating proxy (contract-test/): each request and each answer is checked
 * against /q/openapi. Valid requests must pass both ways; invalid ones must be flagged as invalid by the
 * document (where it can say so) while the service's answer — status, problem body, headers — still matches it.
 */
@QuarkusTest
@TestProfile(KeysProfile.class)
@WithTestResource(FakeOpenAiResource.class)
class ContractProxyTest {

    /** One key per request builder, so each test has its own rate-limit allowance. */
    static final List<String> KEYS = KeysProfile.CONTRACT;
    private static final AtomicInteger NEXT_KEY = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Process prism;
    private static int prismPort;

    /** What Prism found wrong with one exchange. */
    record Checked(Response response, List<String> request, List<String> answer) {
    }

    @BeforeEach
    void startProxy() throws Exception {
        FakeOpenAi.get().reset();
        if (prism != null) {
            return;
        }
        String document = ContractTest.document().toString();
        NodeTool.install(ContractTest.TOOLS, "@stoplight/prism-cli");
        try (ServerSocket socket = new ServerSocket(0)) {
            prismPort = socket.getLocalPort();
        }
        File log = new File("target/contract/prism.log");
        prism = new ProcessBuilder("node_modules/.bin/prism", "proxy", document,
                "http://127.0.0.1:" + RestAssured.port, "--host", "127.0.0.1", "--port", String.valueOf(prismPort))
                .directory(ContractTest.TOOLS.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            try (Socket probe = new Socket("127.0.0.1", prismPort)) {
                return;
            } catch (java.io.IOException notYet) {
                assertTrue(prism.isAlive(), "Prism exited; see " + log);
                assertTrue(System.nanoTime() < deadline, "Prism did not start within 60 s; see " + log);
                Thread.sleep(200);
            }
        }
    }

    @AfterAll
    static void stopProxy() {
        if (prism != null) {
            prism.destroy();
            prism = null;
        }
    }

    private static RequestSpecification viaPrism() {
        return given().port(prismPort).header("X-API-Key", KEYS.get(NEXT_KEY.getAndIncrement() % KEYS.size()));
    }

    private static Checked check(Response response) throws Exception {
        List<String> request = new ArrayList<>();
        List<String> answer = new ArrayList<>();
        String header = response.getHeader("sl-violations");
        if (header != null) {
            for (JsonNode violation : JSON.readTree(header)) {
                String where = violation.path("location").path(0).asText();
                (where.equals("response") ? answer : request).add(violation.toString());
            }
        }
        return new Checked(response, request, answer);
    }

    private static void assertClean(Checked exchange, int status) {
        assertEquals(status, exchange.response().statusCode(), exchange.response().asString());
        assertEquals(List.of(), exchange.request(), "request violations");
        assertEquals(List.of(), exchange.answer(), "response violations");
    }

    private static void assertRefusedAsDocumented(Checked exchange, int status) {
        assertEquals(status, exchange.response().statusCode(), exchange.response().asString());
        assertEquals(List.of(), exchange.answer(), "the answer does not match the document");
        assertEquals(Problem.MEDIA_TYPE, exchange.response().contentType().split(";")[0]);
    }

    @Test
    void jsonAnswerWithCaptionsEntitiesAndChecksMatches() throws Exception {
        // A translation that loses a figure (a check) and lists a name with a type the model made up.
        FakeOpenAi.get().respond(request -> request.isTranslation()
                ? Reply.ok(FakeOpenAi.translate(request.paragraphs(), p -> p.contains("1조 3000억원을")
                        ? "Seoul will put 13 trillion won into the hub." : FakeOpenAi.english(p))
                        + (request.asksNames() ? "[names] 서울시 = Seoul (LOCATION)\n" : ""))
                : FakeOpenAi.standardReply(request));
        Checked exchange = check(viaPrism().contentType("application/json")
                .body(Map.of("text", Articles.NOISY, "summarySentences", 2, "cache", false)).post("/summarize"));
        assertClean(exchange, 200);
        assertFalse(exchange.response().jsonPath().getList("checks").isEmpty(), "a check was expected");
        assertEquals("place", exchange.response().jsonPath().getString("entities[0].type"));
    }

    @Test
    void plainTextRequestMatches() throws Exception {
        assertClean(check(viaPrism().contentType("text/plain; charset=utf-8").queryParam("summarySentences", 1)
                .body(Articles.BUDGET).post("/summarize")), 200);
    }

    @Test
    void markdownAnswerMatches() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json").accept("text/markdown")
                .body(Map.of("text", Articles.BUDGET, "koreanRegister", "formal")).post("/summarize"));
        assertClean(exchange, 200);
        assertTrue(exchange.response().asString().startsWith("# "), exchange.response().asString());
    }

    @Test
    void eventStreamMatches() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json").accept("text/event-stream")
                .body(Map.of("text", Articles.HARBOR, "cache", false)).post("/summarize/stream"));
        assertClean(exchange, 200);
        assertTrue(exchange.response().asString().contains("event:result"), exchange.response().asString());
    }

    @Test
    void batchWithAFailedArticleMatches() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json").body(Map.of("articles",
                List.of(Map.of("text", Articles.HARBOR), Map.of("text", "Only English here.")))).post("/summarize/batch"));
        assertClean(exchange, 200);
        assertEquals(422, exchange.response().jsonPath().getInt("results[1].status"));
    }

    @Test
    void blankTextIsInvalidByTheDocumentAnd400() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json").body(Map.of("text", "   "))
                .post("/summarize"));
        assertRefusedAsDocumented(exchange, 400);
        assertFalse(exchange.request().isEmpty(), "the document should find blank text invalid");
    }

    @Test
    void summarySentencesOutOfRangeIsInvalidByTheDocumentAnd400() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json")
                .body(Map.of("text", Articles.HARBOR, "summarySentences", 11)).post("/summarize"));
        assertRefusedAsDocumented(exchange, 400);
        assertFalse(exchange.request().isEmpty(), "the document should find summarySentences 11 invalid");
    }

    @Test
    void unknownSummaryStyleIsInvalidByTheDocumentAnd400() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json")
                .body(Map.of("text", Articles.HARBOR, "summaryStyle", "haiku")).post("/summarize"));
        assertRefusedAsDocumented(exchange, 400);
        assertFalse(exchange.request().isEmpty(), "the document should find summaryStyle haiku invalid");
    }

    @Test
    void emptyBatchIsInvalidByTheDocumentAnd400() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/json").body(Map.of("articles", List.of()))
                .post("/summarize/batch"));
        assertRefusedAsDocumented(exchange, 400);
        assertFalse(exchange.request().isEmpty(), "the document should find an empty batch invalid");
    }

    @Test
    void missingKeyIs401AsDocumented() throws Exception {
        assertRefusedAsDocumented(check(given().port(prismPort).contentType("application/json")
                .body(Map.of("text", Articles.HARBOR)).post("/summarize")), 401);
    }

    @Test
    void unacceptableAcceptIs406AsDocumented() throws Exception {
        assertRefusedAsDocumented(check(viaPrism().contentType("application/json").accept("application/xml")
                .body(Map.of("text", Articles.HARBOR)).post("/summarize")), 406);
    }

    @Test
    void tooLongArticleIs413AsDocumented() throws Exception {
        assertRefusedAsDocumented(check(viaPrism().contentType("application/json")
                .body(Map.of("text", "서울시가 밝혔다. ".repeat(400))).post("/summarize")), 413);
    }

    @Test
    void unsupportedMediaTypeIsInvalidByTheDocumentAnd415() throws Exception {
        Checked exchange = check(viaPrism().contentType("application/xml").body("<text>서울</text>").post("/summarize"));
        assertRefusedAsDocumented(exchange, 415);
        assertFalse(exchange.request().isEmpty(), "the document should find application/xml invalid");
    }

    @Test
    void textWithoutKoreanIs422AsDocumented() throws Exception {
        assertRefusedAsDocumented(check(viaPrism().contentType("application/json")
                .body(Map.of("text", "Only English here.")).post("/summarize")), 422);
    }

    @Test
    void usedUpRateLimitIs429AsDocumented() throws Exception {
        RequestSpecification sameKey = viaPrism();
        Checked last = null;
        // Until the key's allowance is used up (a slow machine may refill a token or two on the way).
        for (int i = 0; i < 3 * KeysProfile.PER_MINUTE && (last == null || last.response().statusCode() != 429); i++) {
            last = check(sameKey.contentType("application/json").body(Map.of("text", "Only English here."))
                    .post("/summarize"));
        }
        assertRefusedAsDocumented(last, 429);
        assertTrue(last.response().getHeader("Retry-After") != null, "Retry-After");
    }

    @Test
    void failingBackendIs503AsDocumented() throws Exception {
        FakeOpenAi.get().respond(request -> Reply.error(500));
        Checked exchange = check(viaPrism().contentType("application/json")
                .body(Map.of("text", Articles.BUDGET, "cache", false)).post("/summarize"));
        assertRefusedAsDocumented(exchange, 503);
        assertTrue(exchange.response().getHeader("Retry-After") != null, "Retry-After");
    }
}
