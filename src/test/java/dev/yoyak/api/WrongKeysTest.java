package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Key guessing is throttled per address, with the default allowance (10 wrong keys a minute): beyond it every
 * request from the address is 429 with Retry-After, on /summarize and on the compatible APIs alike.
 * {@code X-Forwarded-For} is ignored unless its sender is a configured trusted proxy.
 */
@QuarkusTest
@TestProfile(WrongKeysTest.Keys.class)
@WithTestResource(FakeOpenAiResource.class)
class WrongKeysTest {

    /** One key, the default wrong-key allowance (tests otherwise raise it). */
    public static class Keys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.api-keys", "right-key", "yoyak.auth-failures-per-minute", "10");
        }
    }

    static int wrong(String forwardedFor) {
        var request = given().contentType(ContentType.JSON).body(Map.of("text", Articles.HARBOR))
                .header("X-API-Key", "guess-" + System.nanoTime());
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.post("/summarize").statusCode();
    }

    @Test
    void threeHundredWrongKeysMeetA429AndHeadersCannotDodgeIt() {
        int unauthorized = 0;
        int limited = 0;
        for (int i = 0; i < 300; i++) {
            // A client naming itself anew in X-Forwarded-For each time: without a trusted proxy it counts for nothing.
            int status = wrong("198.51.100." + (i % 250));
            unauthorized += status == 401 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        // Within the minute the allowance counts in (this loop takes seconds): exactly ten key checks.
        assertEquals(10, unauthorized, "the allowance, then no more key checks");
        assertEquals(290, limited);
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.HARBOR)).header("X-API-Key", "right-key")
                .post("/summarize").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .contentType("application/problem+json")
                .body("type", equalTo("urn:yoyak:problem:too-many-wrong-keys"));
        // The compatible APIs refuse the address too, in their own shapes.
        given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("text", "안녕하세요")
                .formParam("target_lang", "EN-US").header("Authorization", "DeepL-Auth-Key right-key")
                .post("/v2/translate").then().statusCode(429);
        String libre = given().contentType(ContentType.JSON)
                .body(Map.of("q", "안녕하세요", "source", "ko", "target", "en", "api_key", "right-key"))
                .post("/translate").then().statusCode(429).extract().path("error");
        assertTrue(libre.startsWith("Slowdown:"), libre);
    }
}
