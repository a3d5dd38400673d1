package dev.yoyak.llm.embedded;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.ModelHostResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A download whose checksum is wrong can never become ready by waiting: liveness is DOWN, with the reason. */
@QuarkusTest
@TestProfile(BrokenModelTest.Profile.class)
@QuarkusTestResource(value = ModelHostResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = "sha256", value = "wrong"))
class BrokenModelTest {

    /** A profile of its own: this test's model host and folder. */
    public static class Profile implements io.quarkus.test.junit.QuarkusTestProfile {
    }

    @Test
    void livenessGoesDownOnAChecksumMismatch() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (given().get("/q/health/live").statusCode() != 503 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        given().get("/q/health/live").then().statusCode(503)
                .body("checks.find { it.name == 'embedded-model' }.data.reason", containsString("SHA-256 mismatch"));
        given().get("/q/health/ready").then().statusCode(503);
    }
}
