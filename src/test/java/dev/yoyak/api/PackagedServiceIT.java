package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;

/** The packaged (prod) service: Swagger UI, health, and one article through the fake backend. */
@QuarkusIntegrationTest
@WithTestResource(FakeOpenAiResource.class)
class PackagedServiceIT {

    @Test
    void swaggerUiAndOpenApiAreServedInProd() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/summarize'.post.responses.'422'.description", containsString("Korean"));
    }

    @Test
    void healthAnswers() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void articleIsTranslatedThroughTheConfiguredBackend() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.HARBOR, "cache", false))
                .post("/summarize").then().statusCode(200)
                .body("title.en", containsString(FakeOpenAi.english("부산항 컨테이너 물동량 사상 최대")))
                .body("model", equalTo(FakeOpenAiResource.MODEL));
    }
}
