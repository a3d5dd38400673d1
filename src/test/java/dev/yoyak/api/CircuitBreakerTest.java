package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.BreakerOn;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The circuit breaker counts each model call's final outcome after its retries: noise the retries absorb never
 * opens it; an outage does (503 at once, Retry-After, the backend spared); a probe closes it once the backend heals.
 */
@QuarkusTest
@TestProfile(BreakerOn.class)
@WithTestResource(FakeOpenAiResource.class)
class CircuitBreakerTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static Response post(String tag) {
        return given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET + "\n\n(" + tag + ")"))
                .post("/summarize");
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    @Test
    void failedFirstAttemptsDoNotOpenIt() {
        // Every call's first attempt fails: half of all attempts fail, but every call succeeds in the end.
        Set<String> seen = ConcurrentHashMap.newKeySet();
        fake.respond(request -> seen.add(request.system() + request.user()) ? Reply.error(500)
                : FakeOpenAi.standardReply(request));
        for (int i = 0; i < 24; i++) {
            post("noise " + i).then().statusCode(200);
        }
        assertTrue(fake.received().size() >= 40, "more than two windows of failed attempts: " + fake.received().size());
        assertTrue(!metrics().contains("yoyak_backend_breaker_transitions_total{state=\"open\"}"), "never opened");
    }

    @Test
    void anOutageOpensItAndRecoveryClosesIt() throws InterruptedException {
        fake.respond(request -> Reply.error(500));
        int articles = 0;
        Response response;
        do {
            response = post("outage " + articles++);
            assertEquals(503, response.statusCode());
        } while (!response.asString().contains("circuit open") && articles < 30);
        assertTrue(articles <= 21, "opened after a window of failed calls, not later: " + articles + " articles");

        int callsWhenOpen = fake.received().size();
        post("while open").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.lessThanOrEqualTo(
                        (int) (BreakerOn.DELAY_MILLIS / 1000 + 1)))
                .body("detail", containsString("circuit open"));
        assertEquals(callsWhenOpen, fake.received().size(), "an open circuit spares the backend");
        assertTrue(metrics().contains("yoyak_backend_breaker_open 1.0"));

        fake.respond(FakeOpenAi::standardReply);
        long healed = System.nanoTime();
        int tries = 0;
        while (post("after recovery " + tries).statusCode() != 200) {
            tries++;
            assertTrue(System.nanoTime() - healed < 30_000_000_000L, "serves again within 30 s of healing");
            Thread.sleep(100);
        }
        long recoveredMillis = (System.nanoTime() - healed) / 1_000_000;
        System.out.printf("Breaker: opened after %d failing articles; served again %d ms after the backend healed "
                + "(breaker delay %d ms)%n", articles, recoveredMillis, BreakerOn.DELAY_MILLIS);
        post("closed again").then().statusCode(200);
        assertTrue(metrics().contains("yoyak_backend_breaker_open 0.0"));
        given().get("/q/metrics").then().body(not(containsString("yoyak_backend_breaker_open 1.0")));
    }
}
