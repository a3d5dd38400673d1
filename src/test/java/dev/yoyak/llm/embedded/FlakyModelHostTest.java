package dev.yoyak.llm.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.ModelHostResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A model host answering 503 five times: the instance keeps trying, alive, and becomes ready without a restart. */
@QuarkusTest
@TestProfile(FlakyModelHostTest.Profile.class)
@QuarkusTestResource(value = ModelHostResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "failures", value = "5"))
class FlakyModelHostTest {

    /** A profile of its own: this test's model host and folder. */
    public static class Profile implements io.quarkus.test.junit.QuarkusTestProfile {
    }

    @Test
    void becomesReadyAfterTheHostRecovers() throws InterruptedException {
        EmbeddedBackendTest.awaitReady();
        assertEquals(6, ModelHostResource.REQUESTS.get(), "five failures, then the file");
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'embedded-model' }.data.state", equalTo("ready"));
    }
}
