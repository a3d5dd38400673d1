package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Two clients whose glossaries differ get two answers, never one's answer for the other: the glossary used to
 * key the cache as its {@code toString()}, and these two printed the same.
 */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class GlossaryKeyTest {

    private static io.restassured.response.ValidatableResponse post(String text, Map<String, String> glossary) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "glossary", glossary))
                .post("/summarize").then().statusCode(200);
    }

    @Test
    void glossariesThatPrintAlikeGetTwoAnswers() {
        String text = Articles.BUDGET + "\n\n(용어집 " + System.nanoTime() + ")";
        String first = post(text, Articles.glossary("대통령", "President", "윤석열", "Yoon Suk Yeol"))
                .body("cached", equalTo(false)).extract().path("id");
        String second = post(text, Map.of("대통령", "President, 윤석열=Yoon Suk Yeol"))
                .body("cached", equalTo(false)).extract().path("id");
        assertNotEquals(first, second);
    }

    @Test
    void theSameGlossaryInAnotherOrderIsOneAnswer() {
        String text = Articles.HARBOR + "\n\n(순서 " + System.nanoTime() + ")";
        String id = post(text, Articles.glossary("부산항", "Busan Port", "해양수산부", "Ministry of Oceans and Fisheries"))
                .body("cached", equalTo(false)).extract().path("id");
        post(text, Articles.glossary("해양수산부", "Ministry of Oceans and Fisheries", "부산항", "Busan Port"))
                .body("cached", equalTo(true)).body("id", equalTo(id));
    }
}
