package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Without API keys and without a configured rate limit, one client is not throttled (a script reading cached answers). */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class OpenInstallRateLimitTest {

    @Test
    void manyQuickRequestsFromOneClientAreAllAnswered() {
        Map<String, String> body = Map.of("text", Articles.HARBOR + "\n\n(open install)");
        int answered = 0;
        // More than the per-key default (120 a minute): none of them may be refused.
        for (int i = 0; i < 150; i++) {
            Response response = given().contentType(ContentType.JSON).body(body).post("/summarize");
            if (response.statusCode() == 200) {
                answered++;
            }
            assertFalse(response.headers().hasHeaderWithName("RateLimit-Limit"), "no per-client limit is in force");
        }
        assertEquals(150, answered);
    }
}
