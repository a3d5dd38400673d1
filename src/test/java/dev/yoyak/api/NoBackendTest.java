package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With the backend switched off the service starts, says what to set, and is not ready. */
@QuarkusTest
@TestProfile(NoBackendTest.Unconfigured.class)
class NoBackendTest {

    /** Backends switched off on purpose. */
    public static class Unconfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.provider", "none");
        }
    }

    @Test
    void summarizeAnswers503NamingTheSettings() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET))
                .post("/summarize").then().statusCode(503)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:yoyak:problem:backend-not-configured"))
                .body("detail", containsString("YOYAK_PROVIDER=openai"))
                .body("detail", containsString("QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL"));
    }

    @Test
    void readinessIsDownWithTheReason() {
        given().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.name", hasItem("llm-backend"))
                .body("checks.find { it.name == 'llm-backend' }.data.reason", containsString("YOYAK_PROVIDER"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void badInputIsStillRejectedFirst() {
        given().contentType(ContentType.JSON).body(Map.of("text", "no hangul here"))
                .post("/summarize").then().statusCode(422);
    }
}
