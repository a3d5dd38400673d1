package dev.yoyak.api.compat;

import static dev.yoyak.api.compat.CompatKeysTest.form;
import static dev.yoyak.api.compat.DeepLTest.fresh;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** LibreTranslate's API on yoyak, called as its clients call it: JSON and form bodies, errors as {"error"}. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class LibreTranslateTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static io.restassured.specification.RequestSpecification json(Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body);
    }

    @Test
    void jsonStringIsTranslatedWithoutASummaryCall() {
        String q = fresh("부산항 물동량이 사상 최대를 기록했다.");
        json(Map.of("q", q, "source", "ko", "target", "en", "format", "text")).post("/translate")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("translatedText", equalTo(FakeOpenAi.english(q)))
                .body("$", not(hasKey("detectedLanguage")));
        assertEquals(0, fake.count(r -> r.isSummary() || r.isNotes()));
    }

    @Test
    void jsonArrayAnswersAnArrayInOrder() {
        String a = fresh("첫째 문장이다.");
        String b = fresh("둘째 문장이다.");
        json(Map.of("q", List.of(a, b), "source", "ko", "target", "en")).post("/translate")
                .then().statusCode(200).body("translatedText", equalTo(List.of(FakeOpenAi.english(a), FakeOpenAi.english(b))));
    }

    @Test
    void formBodyIsTranslated() {
        String q = fresh("경기도가 반도체 인재를 기른다.");
        form().formParam("q", q).formParam("source", "ko").formParam("target", "en").post("/translate")
                .then().statusCode(200).body("translatedText", equalTo(FakeOpenAi.english(q)));
    }

    @Test
    void autoSourceReportsTheDetectedLanguage() {
        json(Map.of("q", fresh("대구시가 공원을 넓힌다."), "source", "auto", "target", "en")).post("/translate")
                .then().statusCode(200)
                .body("detectedLanguage.language", equalTo("ko"))
                .body("detectedLanguage.confidence", notNullValue());
    }

    @Test
    void htmlFormatKeepsMarkup() {
        json(Map.of("q", "<p>서울시가 <b>발표했다</b>.</p>", "source", "ko", "target", "en", "format", "html"))
                .post("/translate").then().statusCode(200)
                .body("translatedText", equalTo("<p>" + FakeOpenAi.english("서울시가") + " <b>" + FakeOpenAi.english("발표했다") + "</b>.</p>"));
    }

    @Test
    void languagesListKoreanIntoEnglish() {
        given().get("/languages").then().statusCode(200)
                .body("find { it.code == 'ko' }.name", equalTo("Korean"))
                .body("find { it.code == 'ko' }.targets", equalTo(List.of("en")));
    }

    @Test
    void detectTellsKoreanFromEnglish() {
        form().formParam("q", "서울시가 발표했다").post("/detect").then().statusCode(200)
                .body("[0].language", equalTo("ko")).body("[0].confidence", equalTo(100.0f));
        json(Map.of("q", "Seoul announced it")).post("/detect").then().statusCode(200)
                .body("[0].language", equalTo("en"));
    }

    @Test
    void missingQIs400() {
        json(Map.of("source", "ko", "target", "en")).post("/translate")
                .then().statusCode(400).body("error", equalTo("Invalid request: missing q parameter"));
    }

    @Test
    void unsupportedTargetIs400() {
        json(Map.of("q", "안녕하세요", "source", "ko", "target", "de")).post("/translate")
                .then().statusCode(400).body("error", equalTo("de is not supported"));
    }

    @Test
    void unsupportedSourceIs400() {
        json(Map.of("q", "안녕하세요", "source", "ja", "target", "en")).post("/translate")
                .then().statusCode(400).body("error", equalTo("ja is not supported"));
    }

    @Test
    void unsupportedFormatIs400() {
        json(Map.of("q", "안녕하세요", "source", "ko", "target", "en", "format", "markdown")).post("/translate")
                .then().statusCode(400).body("error", equalTo("markdown format is not supported"));
    }

    @Test
    void invalidJsonIs400() {
        given().contentType(ContentType.JSON).body("[1, 2]").post("/translate")
                .then().statusCode(400).body("error", equalTo("Invalid JSON format"));
    }

    @Test
    void textOverTheCharacterLimitIs400AsInLibreTranslate() {
        json(Map.of("q", "가".repeat(100_001), "source", "ko", "target", "en")).post("/translate")
                .then().statusCode(400).body("error", containsString("100000"));
    }

    @Test
    void backendFailureIs503WithAnError() {
        fake.respond(request -> Reply.error(500));
        json(Map.of("q", fresh("광주시가 새 노선을 연다."), "source", "ko", "target", "en")).post("/translate")
                .then().statusCode(503).header("Retry-After", notNullValue())
                .body("error", containsString("Cannot translate text"));
    }
}
