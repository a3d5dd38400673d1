package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document describes /summarize with examples and every error; the UI and health answer. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class OpenApiTest {

    private static final String POST = "paths.'/summarize'.post";

    @Test
    void summarizeIsDocumentedWithKoreanExamples() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(POST + ".requestBody.content.'application/json'.examples.article.value.text",
                        containsString("1조 3000억원"))
                .body(POST + ".requestBody.content.'text/plain'.examples.article.value",
                        containsString("무단전재"))
                .body(POST + ".responses.'200'.content.'application/json'.examples.answer.value.summary.en",
                        containsString("1.3 trillion won"));
    }

    @Test
    void everyErrorResponseIsDocumentedAsProblemJson() {
        var spec = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        for (String status : new String[] { "400", "401", "406", "413", "415", "422", "429", "503" }) {
            spec.body(POST + ".responses.'" + status + "'.content", hasKey("application/problem+json"));
        }
        spec.body("components.schemas.Problem.properties", hasKey("detail"));
    }

    @Test
    void apiKeyIsOptionalOnEveryGuardedOperation() {
        var spec = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.bearerKey.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-API-Key"));
        for (String path : new String[] { "/summarize", "/summarize/batch", "/summarize/stream" }) {
            spec.body("paths.'" + path + "'.post.security", equalTo(java.util.List.of(java.util.Map.of(),
                    java.util.Map.of("bearerKey", java.util.List.of()), java.util.Map.of("apiKey", java.util.List.of()))))
                    .body("paths.'" + path + "'.post.responses.'429'.headers", hasKey("Retry-After"))
                    .body("paths.'" + path + "'.post.responses.'200'.headers", hasKey("RateLimit-Remaining"));
        }
    }

    @Test
    void summaryOptionsAndTheMarkdownAnswerAreDocumented() {
        var spec = given().accept("application/json").get("/q/openapi").then().statusCode(200);
        spec.body("components.schemas.SummarizeRequest.properties.summaryStyle.enum", contains("prose", "bullets"))
                .body("components.schemas.SummarizeRequest.properties.koreanRegister.enum",
                        contains("plain", "formal", "polite", "brief"))
                .body(POST + ".parameters.find { it.name == 'summaryStyle' }.schema.enum", contains("prose", "bullets"))
                .body(POST + ".parameters.find { it.name == 'koreanRegister' }.example", equalTo("formal"))
                .body(POST + ".responses.'200'.content.'text/markdown'.examples.document.value",
                        containsString("## Summary"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void healthEndpointsAnswer() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'llm-backend' }.data.model", equalTo(FakeOpenAiResource.MODEL))
                .body("checks.find { it.name == 'result-cache' }.status", notNullValue())
                .body("checks.find { it.name == 'result-cache' }.data.redis", equalTo("not configured"));
    }
}
