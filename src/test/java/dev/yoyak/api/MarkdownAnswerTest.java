package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.Romanized;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Accept: text/markdown answers the same result as a Markdown document; other clients still get JSON. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class MarkdownAnswerTest {

    @BeforeEach
    void reset() {
        FakeOpenAi.get().reset();
    }

    @Test
    void jsonRequestAcceptingMarkdownGetsTheDocument() {
        String md = given().contentType(ContentType.JSON).accept("text/markdown")
                .body(Map.of("text", Articles.BUDGET, "summaryStyle", "bullets", "koreanRegister", "formal"))
                .when().post("/summarize").then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .extract().asString();
        assertTrue(md.startsWith("# " + FakeOpenAi.english("경기도, 반도체 인재 양성에 4500억원 투입") + "\n"), md);
        for (String part : new String[] { "**경기도, 반도체 인재 양성에 4500억원 투입**",
                "김철수 기자 2024.05.14 09:30 · 2024-05-14T09:30:00+09:00", "## Summary",
                "- Summary of: " + Romanized.of("경기도, 반도체 인재 양성에 4500억원 투입"), "* 요약: 경기도, 반도체 인재 양성에 4500억원 투입",
                "## Article", "> \\[수원=가상뉴스\\] 경기도가 2028년까지", "## Checks", "summary bullets, Korean formal" }) {
            assertTrue(md.contains(part), part + " in\n" + md);
        }
    }

    @Test
    void markdownIsTheSameResultAsTheJson() {
        String article = Articles.HARBOR + "\n\n(문서 " + System.nanoTime() + ")";
        String id = given().contentType(ContentType.JSON).body(Map.of("text", article))
                .when().post("/summarize").then().statusCode(200).extract().path("id");
        int calls = FakeOpenAi.get().received().size();
        given().contentType(ContentType.JSON).accept("text/markdown").body(Map.of("text", article))
                .when().post("/summarize").then().statusCode(200)
                .body(containsString("Result " + id + "."));
        assertEquals(calls, FakeOpenAi.get().received().size(), "the document of a cached result costs no model call");
    }

    @Test
    void plainTextRequestAcceptingMarkdownGetsTheDocument() {
        given().contentType("text/plain; charset=utf-8").accept("text/markdown").body(Articles.HARBOR)
                .queryParam("koreanRegister", "polite")
                .when().post("/summarize").then().statusCode(200)
                .contentType(startsWith("text/markdown"))
                .body(startsWith("# " + FakeOpenAi.english("부산항 컨테이너 물동량 사상 최대")))
                .body(containsString("Korean polite"));
    }

    @Test
    void anyAcceptStillGetsJson() {
        given().contentType(ContentType.JSON).accept("*/*").body(Map.of("text", Articles.HARBOR))
                .when().post("/summarize").then().statusCode(200)
                .contentType(ContentType.JSON).body("summaryStyle", equalTo("prose"));
    }

    @Test
    void badInputAcceptingMarkdownIsStillAProblem() {
        given().contentType(ContentType.JSON).accept("text/markdown").body(Map.of("text", Articles.HARBOR, "summaryStyle", "list"))
                .when().post("/summarize").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("summaryStyle must be one of: prose, bullets"));
    }
}
