package dev.yoyak.llm.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.TinyModelResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;

/**
 * /summarize through the real llama.cpp engine, in process, on a tiny generated model of the qwen2 architecture
 * with Qwen2.5's chat template: no server, no key.
 */
@QuarkusTest
@QuarkusTestResource(value = TinyModelResource.class, restrictToAnnotatedClass = true)
class EmbeddedBackendTest {

    static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (given().get("/q/health/ready").statusCode() != 200) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the embedded model did not become ready: "
                        + given().get("/q/health/ready").asString());
            }
            Thread.sleep(100);
        }
    }

    @BeforeEach
    void ready() throws InterruptedException {
        awaitReady();
    }

    @Test
    void readinessNamesTheEmbeddedModel() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'llm-backend' }.data.provider", equalTo("embedded"))
                .body("checks.find { it.name == 'llm-backend' }.data.model", equalTo("yoyak-tiny"));
    }

    @Test
    void articleRunsEndToEndThroughTheEngine() {
        // Short enough (under 20 Korean characters) for its length not to be judged: the engine's one sentence passes.
        String article = "서울시가 1조 3000억원을 투입한다.";
        // The summary "a" is asked for three times (it is no Korean): allow a loaded machine more than 30 s.
        given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 300_000))).contentType(ContentType.JSON)
                .body(Map.of("text", article, "cache", false))
                .post("/summarize").then().statusCode(200)
                .body("model", equalTo("yoyak-tiny"))
                // The tiny bigram model's only sentence, and its grammar-made JSON summary.
                .body("translation", equalTo("Seoul city said."))
                .body("summary.en", equalTo("a"))
                // "a" is no Korean summary: asked again (with repetition penalties), then named and left empty.
                .body("summary.ko", equalTo(""))
                .body("checks.find { it.kind == 'summary' }.detail", containsString("not Korean"))
                // Its translation keeps none of the figures: the code-side checks say so.
                .body("checks.find { it.source == '1조 3000억원' }.kind", equalTo("number"))
                .body("paragraphs[0].ko", containsString("1조 3000억원"));
    }
}
