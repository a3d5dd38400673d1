package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.yoyak.korean.HtmlArticle;
import dev.yoyak.testing.AttackerTexts;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * An attacker's 100 KB bodies on every text endpoint: each is answered (200, or a 4xx naming what is wrong), never
 * a 500 and never a hang (the client gives up after 60 s, far above the fraction of a second they take), and the
 * service answers a normal article afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class PathologicalInputTest {

    private static final RestAssuredConfig PATIENT_CLIENT = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 60_000).setParam("http.connection.timeout", 10_000));
    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    /** One input on one endpoint. */
    record Case(String endpoint, AttackerTexts.Named input) {
        @Override
        public String toString() {
            return endpoint + " " + input.name();
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String endpoint : List.of("/summarize", "/v2/translate", "/translate")) {
            AttackerTexts.all().forEach(input -> cases.add(new Case(endpoint, input)));
        }
        return cases.stream();
    }

    /** The text with a line no earlier run sent, so the durable cache cannot answer it. */
    private static String fresh(String text) {
        return text + "\n참고 " + UUID.randomUUID();
    }

    private static RequestSpecification client() {
        return given().config(PATIENT_CLIENT);
    }

    private static Response send(String endpoint, String text) {
        return switch (endpoint) {
            case "/summarize" -> client().contentType("text/plain; charset=utf-8").body(text).post(endpoint);
            case "/v2/translate" -> client().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("text", text)
                    .formParam("target_lang", "EN-US").post(endpoint);
            default -> client().contentType(ContentType.JSON)
                    .body(Map.of("q", text, "source", "ko", "target", "en")).post(endpoint);
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyPathologicalTextIsAnswered(Case c) {
        Response response = send(c.endpoint(), fresh(c.input().text()));
        int status = response.statusCode();
        assertTrue(status == 200 || status >= 400 && status < 500, c + " answered " + status + ": "
                + response.asString().substring(0, Math.min(300, response.asString().length())));
        if (c.endpoint().equals("/summarize") && status != 200) {
            assertEquals("application/problem+json", response.contentType());
        }
        if (c.input().text().length() < 90_000) {
            assertEquals(200, status, c + " is within every limit: " + response.asString());
        }
    }

    /** An article wrapped in {@code levels} nested divs. */
    static String nestedPage(int levels) {
        return "<html><body>" + "<div>".repeat(levels) + "<p>서울시가 2030년까지 청년 창업 지원에 1조 3000억원을 투입한다고 "
                + "30일 밝혔다. 참고 " + UUID.randomUUID() + "</p>" + "</div>".repeat(levels) + "</body></html>";
    }

    @Test
    void aPageNestedTwentyThousandDeepIsRefusedNamingTheLimit() {
        client().contentType("text/html; charset=utf-8").body(nestedPage(20_000)).post("/summarize")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString(String.valueOf(HtmlArticle.MAX_DEPTH)));
    }

    @Test
    void aPageNestedWithinTheLimitIsRead() {
        client().contentType("text/html; charset=utf-8").body(nestedPage(HtmlArticle.MAX_DEPTH - 10)).post("/summarize")
                .then().statusCode(200).body("paragraphs[0].ko", org.hamcrest.Matchers.startsWith("서울시가 2030년까지"));
    }

    @Test
    void markupNestedTwentyThousandDeepIsAnsweredByDeepL() {
        int status = client().contentType(ContentType.URLENC.withCharset("UTF-8")).formParam("text", nestedPage(20_000))
                .formParam("target_lang", "EN-US").formParam("tag_handling", "html").post("/v2/translate").statusCode();
        assertTrue(status == 200 || status >= 400 && status < 500, "answered " + status);
    }

    @Test
    void theServiceAnswersNormallyAfterTheAttack() {
        send("/summarize", fresh(AttackerTexts.all().get(0).text()));
        client().contentType(ContentType.JSON).body(Map.of("text", fresh("서울시가 청년 창업 지원에 1조 3000억원을 투입한다고 밝혔다.")))
                .post("/summarize").then().statusCode(200).body("chunks", org.hamcrest.Matchers.greaterThan(0));
        RestAssured.get("/q/health/ready").then().statusCode(200);
    }
}
