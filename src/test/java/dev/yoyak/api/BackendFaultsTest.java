package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Backend faults answer 503 problem+json, and nothing failed or partial is ever cached. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class BackendFaultsTest {

    private static final int MAX_ATTEMPTS = org.eclipse.microprofile.config.ConfigProvider.getConfig()
            .getValue("yoyak.backend.max-attempts", Integer.class);

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static String uniqueArticle(String tag) {
        return Articles.BUDGET + "\n\n(" + tag + " " + System.nanoTime() + ")";
    }

    private static void assertAnswersAfresh(String article) {
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200).body("cached", equalTo(false));
    }

    @Test
    void backendErrorIs503WithRetryAfterAndIsNotCached() {
        String article = uniqueArticle("500");
        fake.respond(request -> Reply.error(500));
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("urn:yoyak:problem:backend-unavailable"))
                .body("detail", containsString("HTTP 500"))
                .body("detail", org.hamcrest.Matchers.not(containsString("test-key")));
        // The first translation call fails: it was tried the configured number of times, and nothing after it ran.
        assertEquals(MAX_ATTEMPTS, fake.count(FakeOpenAi.Received::isTranslation), "a bounded number of attempts");
        assertEquals(0, fake.count(FakeOpenAi.Received::isSummary));

        fake.reset();
        assertAnswersAfresh(article);
    }

    @Test
    void refusedRequestIsNotRetried() {
        fake.respond(request -> Reply.error(400));
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("400")))
                .post("/summarize").then().statusCode(503)
                .body("detail", containsString("HTTP 400"));
        assertEquals(1, fake.count(FakeOpenAi.Received::isTranslation), "a 400 will not change on a retry");
    }

    @Test
    void failedTranslationIsRetriedOnce() {
        AtomicInteger translations = new AtomicInteger();
        fake.respond(request -> request.isTranslation() && translations.incrementAndGet() == 1
                ? Reply.error(502) : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("retry")))
                .post("/summarize").then().statusCode(200);
        assertEquals(2, translations.get());
    }

    @Test
    void droppedConnectionIs503AndIsNotCached() {
        String article = uniqueArticle("reset");
        fake.respond(request -> Reply.dropConnection());
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(503)
                .header("Retry-After", notNullValue());
        fake.reset();
        assertAnswersAfresh(article);
    }

    @Test
    void rateLimitedBackendIsRetriedWithBackoff() {
        AtomicInteger first = new AtomicInteger();
        fake.respond(request -> request.asksNames() && first.incrementAndGet() == 1
                ? Reply.error(429) : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("429")))
                .post("/summarize").then().statusCode(200);
        assertEquals(2, first.get(), "the 429 was retried");
    }

    @Test
    void backendTimeoutIs503AndIsNotCached() {
        String article = uniqueArticle("timeout");
        // Longer than the 3 s client timeout the test resource configures.
        fake.respond(request -> FakeOpenAi.standardReply(request).after(5_000));
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(503)
                .header("Retry-After", notNullValue())
                .body("detail", containsString("in time"));

        fake.reset();
        assertAnswersAfresh(article);
    }

    @Test
    void unparseableSummaryIsAskedTwiceMoreThenNamedAndNotCached() {
        String article = uniqueArticle("malformed");
        fake.respond(request -> request.isSummary() ? Reply.ok("Here is a summary: the city will invest.")
                : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200)
                .body("summary.ko", equalTo("")).body("summary.en", equalTo(""))
                .body("checks.findAll { it.kind == 'summary' && it.severity == 'error' }.size()", equalTo(1));
        assertEquals(3, fake.count(FakeOpenAi.Received::isSummary), "asked twice more, no more");

        fake.reset();
        assertAnswersAfresh(article);
    }

    @Test
    void summaryWithAnEmptyLanguageIsNamed() {
        fake.respond(request -> request.isSummary() ? Reply.ok("{\"ko\": \"요약\", \"en\": \"\"}")
                : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("half")))
                .post("/summarize").then().statusCode(200)
                .body("checks.findAll { it.kind == 'summary' }.size()", equalTo(1));
    }

    @Test
    void summaryThatParsesOnTheSecondTryIsUsed() {
        AtomicInteger summaries = new AtomicInteger();
        fake.respond(request -> request.isSummary() && summaries.incrementAndGet() == 1
                ? Reply.ok("{\"ko\": \"잘린 요약")
                : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("second-try")))
                .post("/summarize").then().statusCode(200)
                .body("summary.en", containsString("Summary of:"));
        assertEquals(2, summaries.get());
    }

    @Test
    void emptyTranslationIsAskedTwiceMoreThenReportedAndNotCached() {
        String article = uniqueArticle("empty");
        fake.respond(request -> request.isTranslation() ? Reply.ok("  ") : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200)
                .body("checks.findAll { it.kind == 'omission' && it.severity == 'error' }.size()", greaterThan(0))
                .body("paragraphs[0].en", equalTo(""));
        // The chunk, then its paragraphs together, then each alone: every paragraph asked for three times.
        int paragraphs = fake.received().get(0).paragraphs().size();
        assertEquals(2 + paragraphs, fake.count(FakeOpenAi.Received::isTranslation), "asked again, a bounded number of times");

        fake.reset();
        assertAnswersAfresh(article);
    }

    @Test
    void cutOffAnswerIsNotTakenAsComplete() {
        AtomicInteger translations = new AtomicInteger();
        fake.respond(request -> {
            if (!request.isTranslation()) {
                return FakeOpenAi.standardReply(request);
            }
            // Every paragraph seems present, but the backend says it stopped at the token limit.
            Reply reply = Reply.ok(FakeOpenAi.translate(request.paragraphs(), p -> FakeOpenAi.english(p)));
            return translations.incrementAndGet() == 1 ? reply.truncated() : reply;
        });
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("cut")))
                .post("/summarize").then().statusCode(200)
                .body("checks.findAll { it.kind == 'omission' }.size()", equalTo(0));
        assertEquals(2, translations.get(), "a cut-off answer is asked for again");
    }

    @Test
    void missingParagraphIsFilledFromTheSecondAnswer() {
        AtomicInteger translations = new AtomicInteger();
        fake.respond(request -> {
            if (!request.isTranslation()) {
                return FakeOpenAi.standardReply(request);
            }
            // The first answer drops its last paragraph; the second is whole.
            String whole = FakeOpenAi.translate(request.paragraphs(), p -> FakeOpenAi.english(p));
            return Reply.ok(translations.incrementAndGet() == 1
                    ? whole.substring(0, whole.lastIndexOf("\n[")) : whole);
        });
        given().contentType(ContentType.JSON).body(Map.of("text", uniqueArticle("gap")))
                .post("/summarize").then().statusCode(200)
                .body("checks.findAll { it.kind == 'omission' }.size()", equalTo(0))
                .body("paragraphs.findAll { it.en == '' }.size()", equalTo(0));
        assertEquals(2, translations.get());
    }
}
