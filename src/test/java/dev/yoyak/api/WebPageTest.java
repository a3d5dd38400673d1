package dev.yoyak.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.NodeScript;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The reader page in real headless Chromium (Debian's package, driven by playwright-core from npm): paste,
 * run, and see progress, paragraphs side by side, the summary and a highlighted check. Screenshots land in
 * target/web/. Needs node and /usr/bin/chromium (.ci/run installs them).
 */
@QuarkusTest
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class WebPageTest {

    private static final Path SCRIPTS = Path.of("web-test");

    @Test
    void readerSeesTheArticleSideBySideWithChecksHighlighted() throws Exception {
        FakeOpenAi fake = FakeOpenAi.get();
        fake.reset();
        // A translation that loses a figure, so the page has a check to highlight.
        fake.respond(request -> request.isTranslation()
                ? Reply.ok(FakeOpenAi.translate(request.paragraphs(), p -> p.contains("1조 3000억원을")
                        ? "[Seoul = Gasang News] Seoul said on the 30th it will put 13 trillion won into the Seoul Bio Hub by 2030."
                        : "EN(" + p + ")"))
                : FakeOpenAi.standardReply(request).after(300));
        String url = "http://localhost:" + RestAssured.port + "/";
        int exit = NodeScript.run(SCRIPTS, "playwright-core", "page-test.mjs", url,
                new File("target/web").getAbsolutePath());
        assertEquals(0, exit, "the page test in Chromium failed (or npm ci in web-test/); see the output above");
    }
}
