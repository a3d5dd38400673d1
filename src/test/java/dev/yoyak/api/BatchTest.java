package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A batch answers each article with its own status, in order. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class BatchTest {

    @Test
    void eachArticleGetsItsOwnStatusInOrder() {
        FakeOpenAi.get().reset();
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of(
                Map.of("text", Articles.BUDGET + "\n\n(묶음 " + System.nanoTime() + ")"),
                Map.of("text", "no Korean at all"),
                Map.of("text", ""),
                Map.of("text", Articles.HARBOR, "summarySentences", 1))))
                .post("/summarize/batch").then().statusCode(200)
                .body("results.size()", equalTo(4))
                .body("results[0].status", equalTo(200))
                .body("results[0].result.title.ko", containsString("경기도"))
                .body("results[1].status", equalTo(422))
                .body("results[1].problem.type", equalTo("urn:yoyak:problem:not-korean"))
                .body("results[2].status", equalTo(400))
                .body("results[3].status", equalTo(200))
                .body("results[3].result.title.ko", containsString("부산항"));
    }

    @Test
    void tooManyArticlesIs400() {
        List<Map<String, String>> articles = java.util.Collections.nCopies(21, Map.of("text", Articles.HARBOR));
        given().contentType(ContentType.JSON).body(Map.of("articles", articles))
                .post("/summarize/batch").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 20"));
    }

    @Test
    void emptyBatchIs400() {
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of()))
                .post("/summarize/batch").then().statusCode(400).contentType("application/problem+json");
    }
}
