package dev.yoyak.llm.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.ModelFamily;
import dev.yoyak.testing.TinyModelResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.http.ContentType;

/** /summarize end to end on a tiny Gemma 3 GGUF: tied output, extra norms, system prompt folded into the user turn. */
@QuarkusTest
@QuarkusTestResource(value = GemmaBackendTest.TinyGemma.class, restrictToAnnotatedClass = true)
class GemmaBackendTest {

    /** The tiny model in the gemma3 architecture with Gemma 3's chat template. */
    public static class TinyGemma extends TinyModelResource {
        @Override
        protected ModelFamily family() {
            return ModelFamily.GEMMA3;
        }
    }

    @Test
    void articleRunsEndToEndThroughAGemmaModel() throws InterruptedException {
        EmbeddedBackendTest.awaitReady();
        // Short enough (under 20 Korean characters) for its length not to be judged: the engine's sentence passes.
        String article = "서울시가 1조 3000억원을 투입한다.";
        // Six blocks read every prompt byte by byte, and the summary "a" is asked for three times (it is no
        // Korean): allow a loaded machine more than REST Assured's 30 s.
        given().config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 600_000))).contentType(ContentType.JSON)
                .body(Map.of("text", article, "cache", false))
                .post("/summarize").then().statusCode(200)
                .body("model", equalTo("yoyak-tiny-gemma3"))
                // The bigram's sentence and its grammar-made JSON summary, as with the llama-family model.
                .body("translation", equalTo("Seoul city said."))
                .body("summary.ko", equalTo(""))
                .body("summary.en", equalTo("a"));
    }
}
