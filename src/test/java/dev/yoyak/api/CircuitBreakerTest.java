package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A failing backend opens the circuit: requests get 503 at once without touching it, and it closes again. */
@QuarkusTest
@TestProfile(CircuitBreakerTest.Breaker.class)
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class CircuitBreakerTest {

    /** The circuit breaker on, with a one-second pause so the test can see it close. */
    public static class Breaker implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("CircuitBreaker/enabled", "true", "CircuitBreaker/delay", "1000");
        }
    }

    private static io.restassured.response.ValidatableResponse post(String tag) {
        return given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET + "\n\n(" + tag + ")"))
                .post("/summarize").then();
    }

    @Test
    void opensAfterRepeatedFailuresAndClosesWhenTheBackendRecovers() throws InterruptedException {
        FakeOpenAi fake = FakeOpenAi.get();
        fake.reset();
        fake.respond(request -> Reply.error(500));
        for (int i = 0; i < 4; i++) {
            post("fail " + i).statusCode(503);
        }
        int callsWhenOpen = fake.received().size();
        post("while open").statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("circuit open"));
        assertEquals(callsWhenOpen, fake.received().size(), "an open circuit spares the backend");

        fake.reset();
        Thread.sleep(1_200);
        post("after recovery").statusCode(200);
    }
}
