package dev.yoyak.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KeysProfile;
import dev.yoyak.testing.NodeTool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;

/**
 * DeepL's official Node.js client (deepl-node from npm, pointed at yoyak with its serverUrl option) translates
 * a text, a list and HTML, reads usage and languages, and gets its own error classes for a wrong key and an
 * unsupported target. Needs node/npm (.ci/run installs them); the checks are in compat-test/deepl-client-test.mjs.
 */
@QuarkusTest
@TestProfile(KeysProfile.class)
@WithTestResource(FakeOpenAiResource.class)
class DeepLClientTest {

    private static final Path SCRIPTS = Path.of("compat-test");

    @Test
    void officialDeepLClientWorksAgainstYoyak() throws Exception {
        FakeOpenAi fake = FakeOpenAi.get();
        fake.reset();
        String url = "http://localhost:" + RestAssured.port;
        NodeTool.install(SCRIPTS, "deepl-node");
        NodeTool.Run checks = NodeTool.run(SCRIPTS, List.of("node", "deepl-client-test.mjs", url, CompatKeysTest.KEY,
                " " + System.nanoTime()));
        assertEquals(0, checks.exit(), "the deepl-node checks failed:\n" + checks.output());
        assertTrue(fake.count(FakeOpenAi.Received::isTranslation) > 0, "the texts reached the backend");
        assertEquals(0, fake.count(r -> r.isSummary() || r.isNotes()), "a translation asks for no summary");
    }
}
