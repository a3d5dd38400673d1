package dev.yoyak.api.compat;

import static dev.yoyak.api.compat.CompatKeysTest.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With yoyak.compat.character-limit set, /v2/usage shows it and a request beyond it is 456 (LibreTranslate: 429). */
@QuarkusTest
@TestProfile(CompatQuotaTest.Quota.class)
@WithTestResource(FakeOpenAiResource.class)
class CompatQuotaTest {

    /** A quota of 30 characters. */
    public static class Quota implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.compat.character-limit", "30");
        }
    }

    @Test
    void requestBeyondTheQuotaIs456AndUsageShowsTheLimit() {
        String text = "부산항 물동량이 사상 최대를 기록했다."; // 21 characters
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate").then().statusCode(200);
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate")
                .then().statusCode(456).body("message", containsString("Quota"));
        given().contentType(ContentType.JSON).body(Map.of("q", text, "source", "ko", "target", "en"))
                .post("/translate").then().statusCode(429).body("error", containsString("Quota"));
        given().get("/v2/usage").then().statusCode(200)
                .body("character_count", equalTo(21)).body("character_limit", equalTo(30));
    }
}
