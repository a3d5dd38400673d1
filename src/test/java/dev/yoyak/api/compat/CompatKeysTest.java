package dev.yoyak.api.compat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KeysProfile;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With YOYAK_API_KEYS set, the compatible APIs take their clients' keys and refuse in their own shapes. */
@QuarkusTest
@TestProfile(KeysProfile.class)
@WithTestResource(FakeOpenAiResource.class)
class CompatKeysTest {

    static final String KEY = KeysProfile.COMPAT.get(0);
    private static final int PER_MINUTE = KeysProfile.PER_MINUTE;
    private static final String SENTENCE = "부산항 물동량이 사상 최대를 기록했다.";

    /** A form body as clients send it: UTF-8 (REST Assured's default for forms is ISO-8859-1). */
    static io.restassured.specification.RequestSpecification form() {
        return given().contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    @Test
    void deeplWithoutKeyIs403InDeepLShape() {
        form().formParam("text", SENTENCE).formParam("target_lang", "EN-US").post("/v2/translate")
                .then().statusCode(403).contentType(ContentType.JSON)
                .body("message", containsString("DeepL-Auth-Key"));
    }

    @Test
    void deeplWithWrongKeyIs403() {
        given().header("Authorization", "DeepL-Auth-Key wrong").get("/v2/usage")
                .then().statusCode(403).body("message", containsString("not valid"));
    }

    @Test
    void deeplAuthKeyIsAccepted() {
        given().header("Authorization", "DeepL-Auth-Key " + KEY).get("/v2/languages")
                .then().statusCode(200).body("[0].language", equalTo("KO"));
    }

    @Test
    void deeplRequestOverTheKeysLimitIs429WithRetryAfter() {
        for (int i = 0; i < PER_MINUTE; i++) {
            given().header("Authorization", "DeepL-Auth-Key limited-key").get("/v2/usage").then().statusCode(200);
        }
        given().header("Authorization", "DeepL-Auth-Key limited-key").get("/v2/usage")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("message", notNullValue());
    }

    @Test
    void libreTranslateWrongKeyIs403AndMissingKeyIs400() {
        given().contentType(ContentType.JSON)
                .body(Map.of("q", SENTENCE, "source", "ko", "target", "en", "api_key", "wrong"))
                .post("/translate").then().statusCode(403).body("error", equalTo("Invalid API key"));
        form().formParam("q", SENTENCE).formParam("source", "ko").formParam("target", "en")
                .post("/translate").then().statusCode(400).body("error", containsString("API key"));
    }

    @Test
    void libreTranslateKeyInTheBodyIsAccepted() {
        form().formParam("q", SENTENCE).formParam("source", "ko").formParam("target", "en")
                .formParam("api_key", "libre-key").post("/translate")
                .then().statusCode(200).body("translatedText", equalTo(FakeOpenAi.english(SENTENCE)));
    }

    @Test
    void libreTranslateLanguagesNeedNoKey() {
        given().get("/languages").then().statusCode(200).body("[0].code", equalTo("ko"));
    }
}
