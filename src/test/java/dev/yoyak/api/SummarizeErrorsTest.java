package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a clear 4xx problem+json and never reaches the backend. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class SummarizeErrorsTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status, String type) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", equalTo("urn:yoyak:problem:" + type))
                .body("title", not(equalTo("")))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("\tat ")));
    }

    private void assertBackendUntouched() {
        assertEquals(0, fake.received().size(), "bad input must not reach the backend");
    }

    @Test
    void missingTextIs400() {
        problem(given().contentType(ContentType.JSON).body(Map.of("summarySentences", 3))
                .post("/summarize").then(), 400, "invalid-request")
                .body("detail", containsString("text must not be empty"));
        assertBackendUntouched();
    }

    @Test
    void emptyBodyIs400() {
        problem(given().contentType(ContentType.JSON).body("")
                .post("/summarize").then(), 400, "invalid-request");
        assertBackendUntouched();
    }

    @Test
    void whitespaceOnlyTextIs400() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", " \n\t\u3000 "))
                .post("/summarize").then(), 400, "invalid-request");
        assertBackendUntouched();
    }

    @Test
    void whitespaceOnlyPlainTextIs400() {
        problem(given().contentType("text/plain; charset=utf-8").body("\u00a0\n\n  ")
                .post("/summarize").then(), 400, "empty-text");
        assertBackendUntouched();
    }

    @Test
    void textWithoutHangulIs422() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", "The city said on Tuesday it would invest."))
                .post("/summarize").then(), 422, "not-korean")
                .body("detail", containsString("Korean"));
        assertBackendUntouched();
    }

    @Test
    void textOverTheLimitIs413() {
        String tooLong = "가".repeat(100_001);
        problem(given().contentType(ContentType.JSON).body(Map.of("text", tooLong))
                .post("/summarize").then(), 413, "too-long")
                .body("detail", containsString("100000"));
        assertBackendUntouched();
    }

    @Test
    void malformedJsonIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"서울시가 \"")
                .post("/summarize").then(), 400, "malformed-json");
        assertBackendUntouched();
    }

    @Test
    void wrongJsonTypeIs400() {
        problem(given().contentType(ContentType.JSON).body("{\"text\": \"서울\", \"summarySentences\": \"many\"}")
                .post("/summarize").then(), 400, "malformed-json");
        assertBackendUntouched();
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(given().contentType("application/xml").body("<text>서울</text>")
                .post("/summarize").then(), 415, "unsupported-media-type")
                .body("detail", containsString("text/plain"));
        assertBackendUntouched();
    }

    @Test
    void summarySentencesAboveTenIs400() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET, "summarySentences", 11))
                .post("/summarize").then(), 400, "invalid-request")
                .body("detail", containsString("between 1 and 10"));
        assertBackendUntouched();
    }

    @Test
    void summarySentencesZeroIs400() {
        problem(given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET, "summarySentences", 0))
                .post("/summarize").then(), 400, "invalid-request");
        assertBackendUntouched();
    }

    @Test
    void summarySentencesOutOfRangeInQueryIs400() {
        problem(given().contentType("text/plain; charset=utf-8").body(Articles.BUDGET)
                .queryParam("summarySentences", 11)
                .post("/summarize").then(), 400, "invalid-request");
        assertBackendUntouched();
    }

    @Test
    void bodyOverTheHttpLimitIs413() {
        given().contentType("text/plain; charset=utf-8").body("가".repeat(400_000))
                .post("/summarize").then().statusCode(413);
        assertBackendUntouched();
    }
}
