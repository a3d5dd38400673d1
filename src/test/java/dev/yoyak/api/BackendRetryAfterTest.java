package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAi.Received;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A backend's Retry-After (seconds or HTTP date) is waited out before the same call is tried again, up to a cap. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class BackendRetryAfterTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static String article(String tag) {
        return Articles.HARBOR + "\n\n(" + tag + " " + System.nanoTime() + ")";
    }

    /** The (first) translation call answers 429 with this Retry-After once, then normally. */
    private void busyOnce(int status, String retryAfter) {
        AtomicInteger calls = new AtomicInteger();
        fake.respond(request -> request.isTranslation() && calls.incrementAndGet() == 1
                ? Reply.error(status).withRetryAfter(retryAfter) : FakeOpenAi.standardReply(request));
    }

    private long millisBetweenTranslationCalls() {
        List<Received> translations = fake.received().stream().filter(Received::isTranslation).toList();
        assertEquals(2, translations.size(), "tried once more after the wait, not before");
        return (translations.get(1).arrivedNanos() - translations.get(0).arrivedNanos()) / 1_000_000;
    }

    private static double metric(String line) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(line + " ") || l.startsWith(line + "{"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void retryAfterInSecondsIsWaitedOut() {
        double waitsBefore = metric("yoyak_backend_retry_after_seconds_count");
        busyOnce(429, "2");
        given().contentType(ContentType.JSON).body(Map.of("text", article("seconds"))).post("/summarize")
                .then().statusCode(200);
        long waited = millisBetweenTranslationCalls();
        System.out.printf("Backend Retry-After: 2 s asked, retried after %d ms%n", waited);
        // Our own backoff is 20 ms in tests: only the backend's 2 s explains a wait this long.
        assertTrue(waited >= 2_000 && waited < 10_000, "waited " + waited + " ms");
        assertEquals(waitsBefore + 1, metric("yoyak_backend_retry_after_seconds_count"), "the wait is counted");
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedOut() {
        String in3s = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(3));
        busyOnce(503, in3s);
        given().contentType(ContentType.JSON).body(Map.of("text", article("date"))).post("/summarize")
                .then().statusCode(200);
        long waited = millisBetweenTranslationCalls();
        // The date has whole seconds: between 2 and 3 s from the first answer.
        assertTrue(waited >= 1_900 && waited < 10_000, "waited " + waited + " ms");
    }

    @Test
    void aWaitBeyondTheCapFailsAtOnceAndPassesTheWaitOn() {
        busyOnce(429, "120");
        given().contentType(ContentType.JSON).body(Map.of("text", article("too long"))).post("/summarize")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("120"))
                .body("detail", containsString("HTTP 429 and asked to wait 120 s"));
        assertEquals(1, fake.count(Received::isTranslation), "no retry the backend asked us not to make");
    }
}
