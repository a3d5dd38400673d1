package dev.yoyak.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.NodeTool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The reader page in real headless Chromium (Debian's package, driven by playwright-core from npm): paste,
 * run with bullets and a Korean register, and see progress, paragraphs side by side, the summary as chosen, a
 * highlighted check, and the server's Markdown as the download. Screenshots land in
 * target/web/. Needs node and /usr/bin/chromium (.ci/run installs them).
 */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
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
                        : FakeOpenAi.english(p)))
                : request.isSummary() && request.asks(SummaryStyle.BULLETS)
                        ? Reply.ok("{\"ko\": \"1. 서울시가 1조 3000억원을 투입합니다.\\n2. 연구 단지를 조성합니다.\", "
                                + "\"en\": \"- Seoul will invest 1.3 trillion won.\\n- It will build a research park.\"}").after(300)
                        : FakeOpenAi.standardReply(request).after(300));
        NodeTool.install(SCRIPTS, "playwright-core");
        String url = "http://localhost:" + RestAssured.port + "/";
        NodeTool.Run page = NodeTool.run(SCRIPTS, List.of("node", "page-test.mjs", url,
                new File("target/web").getAbsolutePath()));
        assertEquals(0, page.exit(), "the page test in Chromium failed; see its output above");
        List<FakeOpenAi.Received> summaries = fake.received().stream().filter(FakeOpenAi.Received::isSummary).toList();
        assertEquals(1, summaries.size(), "the download and the copy were answered from the cache, not by another run");
        assertTrue(summaries.get(0).asks(SummaryStyle.BULLETS) && summaries.get(0).asks(KoreanRegister.FORMAL),
                "the page's choices reach the summary prompt");
    }
}
