package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KeysProfile;
import dev.yoyak.testing.NodeTool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The OpenAPI document as served at /q/openapi, checked from outside with npm tools (contract-test/, .ci/run
 * installs them): Redocly's recommended rules pass with no warning, and a TypeScript client generated from it
 * by openapi-typescript compiles under tsc --strict against code that reads every answer field without null
 * checks. Both cover every operation the document holds, so endpoints added later are held to the same bar.
 */
@QuarkusTest
@TestProfile(KeysProfile.class)
@WithTestResource(FakeOpenAiResource.class)
class ContractTest {

    static final Path TOOLS = Path.of("contract-test");

    /** The served document, saved where the npm tools read it. */
    static Path document() throws Exception {
        Path file = Path.of("target/contract/openapi.json").toAbsolutePath();
        Files.createDirectories(file.getParent());
        String json = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString();
        Files.writeString(file, json, StandardCharsets.UTF_8);
        NodeTool.install(TOOLS, "@redocly/cli");
        return file;
    }

    @Test
    void documentPassesRedoclyRecommendedRulesWithoutWarnings() throws Exception {
        NodeTool.Run lint = NodeTool.run(TOOLS, List.of("node_modules/.bin/redocly", "lint", document().toString(),
                "--config", "redocly.yaml", "--format", "json"));
        String json = lint.output().substring(lint.output().indexOf('{'));
        JsonNode totals = new ObjectMapper().readTree(json).path("totals");
        assertEquals(0, totals.path("errors").asInt(-1), "Redocly errors, see the output above");
        assertEquals(0, totals.path("warnings").asInt(-1), "Redocly warnings, see the output above");
        assertEquals(0, lint.exit(), "redocly lint exit status");
    }

    @Test
    void generatedTypeScriptClientCompilesUnderStrict() throws Exception {
        // Request fields with a default stay optional for the client that sends them (openapi-typescript would
        // otherwise make every defaulted field required).
        NodeTool.Run generate = NodeTool.run(TOOLS, List.of("node_modules/.bin/openapi-typescript",
                document().toString(), "-o", "generated/yoyak.ts", "--default-non-nullable=false"));
        assertEquals(0, generate.exit(), "openapi-typescript failed");
        NodeTool.Run tsc = NodeTool.run(TOOLS, List.of("node_modules/.bin/tsc", "-p", "tsconfig.json"));
        assertEquals(0, tsc.exit(), "client.ts does not compile against the generated types:\n" + tsc.output());
    }
}
