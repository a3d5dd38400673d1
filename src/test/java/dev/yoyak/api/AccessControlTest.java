package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KeysProfile;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** API keys guard /summarize, each key has its own rate limit, and docs and health stay open. */
@QuarkusTest
@TestProfile(KeysProfile.class)
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
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
        for (int i = 0; i < KeysProfile.PER_MINUTE; i++) {
            article().header("X-API-Key", "key-beta").post("/summarize").then().statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(KeysProfile.PER_MINUTE - 1 - i));
        }
        article().header("X-API-Key", "key-beta").post("/summarize").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0");
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void docsAndHealthNeedNoKey() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
