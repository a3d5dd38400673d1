package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KeysProfile;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** API keys guard /summarize, each key has its own rate limit, and docs and health stay open. */
@QuarkusTest
@TestProfile(KeysProfile.class)
@WithTestResource(FakeOpenAiResource.class)
class AccessControlTest {

    private static io.restassured.specification.RequestSpecification article() {
        return given().contentType(ContentType.JSON).body(Map.of("text", Articles.HARBOR));
    }

    @Test
    void missingKeyIs401() {
        article().post("/summarize").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:yoyak:problem:unauthorized"));
    }

    @Test
    void wrongKeyIs401() {
        article().header("X-API-Key", "key-gamma").post("/summarize").then().statusCode(401)
                .body("detail", equalTo("The API key is not valid."));
    }

    @Test
    void bearerAndHeaderKeysAreAccepted() {
        article().header("Authorization", "Bearer key-alpha").post("/summarize").then().statusCode(200)
                .header("RateLimit-Limit", String.valueOf(KeysProfile.PER_MINUTE)).header("RateLimit-Remaining", notNullValue());
    }

    @Test
    void requestOverAKeysLimitIs429AndOtherKeysAreUnaffected() {
        // The bucket refills a token every 60/PER_MINUTE s, so a slow machine may pass a few more than the limit.
        int passed = 0;
        Response last = article().header("X-API-Key", "key-beta").post("/summarize");
        while (last.statusCode() == 200 && passed < 3 * KeysProfile.PER_MINUTE) {
            passed++;
            last = article().header("X-API-Key", "key-beta").post("/summarize");
        }
        assertTrue(passed >= KeysProfile.PER_MINUTE, passed + " requests passed before the 429");
        last.then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        article().header("X-API-Key", "key-alpha").post("/summarize").then().statusCode(200);
    }

    @Test
    void docsAndHealthNeedNoKey() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
