package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With YOYAK_RATE_LIMIT_PER_MINUTE set and no keys, each client address has its own limit. */
@QuarkusTest
@TestProfile(AddressRateLimitTest.Limited.class)
@WithTestResource(FakeOpenAiResource.class)
class AddressRateLimitTest {

    /** Two requests a minute per address, no keys. */
    public static class Limited implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.rate-limit-per-minute", "2");
        }
    }

    @Test
    void thirdRequestOfAnAddressInAMinuteIs429() {
        Map<String, String> body = Map.of("text", Articles.HARBOR);
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body).post("/summarize").then().statusCode(200)
                    .header("RateLimit-Limit", "2");
        }
        given().contentType(ContentType.JSON).body(body).post("/summarize").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }
}
