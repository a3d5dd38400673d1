package dev.yoyak.llm.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** No model file and no way to get one: the service starts anyway, says so, and names the fix. */
@QuarkusTest
@TestProfile(MissingModelTest.NoModel.class)
class MissingModelTest {

    /** The embedded backend with a model path that does not exist. */
    public static class NoModel implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.provider", "embedded", "yoyak.model.path", "target/test-models/absent.gguf");
        }
    }

    private static void awaitFailure() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!given().get("/q/health/ready").asString().contains("not available")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(given().get("/q/health/ready").asString());
            }
            Thread.sleep(50);
        }
    }

    @Test
    void readinessIsDownWithTheReason() throws InterruptedException {
        awaitFailure();
        given().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'llm-backend' }.data.reason", containsString("absent.gguf"));
    }

    @Test
    void summarizeAnswers503NamingTheSettings() throws InterruptedException {
        awaitFailure();
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET))
                .post("/summarize").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:yoyak:problem:backend-not-configured"))
                .body("detail", containsString("YOYAK_MODEL_PATH"))
                .body("detail", containsString("YOYAK_MODEL_URL"));
    }
}
