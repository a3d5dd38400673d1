package dev.yoyak.api.compat;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every compatible operation is in the OpenAPI document under "compatibility", with an operationId and its errors. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class CompatOpenApiTest {

    @Test
    void compatibleOperationsAreDocumented() {
        var spec = given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("tags.name", hasItem("compatibility"));
        String[][] operations = { { "/v2/translate", "post" }, { "/v2/usage", "get" }, { "/v2/usage", "post" },
                { "/v2/languages", "get" }, { "/translate", "post" }, { "/languages", "get" }, { "/detect", "post" } };
        for (String[] op : operations) {
            String path = "paths.'" + op[0] + "'." + op[1];
            spec.body(path + ".tags", hasItem("compatibility")).body(path + ".operationId", notNullValue())
                    .body(path + ".responses", hasKey("200"));
        }
        spec.body("paths.'/v2/translate'.post.responses", hasKey("456"))
                .body("paths.'/v2/translate'.post.requestBody.content", hasKey("application/x-www-form-urlencoded"))
                .body("paths.'/v2/translate'.post.requestBody.content", hasKey("application/json"))
                .body("paths.'/translate'.post.responses", hasKey("403"));
    }
}
