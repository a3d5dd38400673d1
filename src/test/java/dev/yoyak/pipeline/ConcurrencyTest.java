package dev.yoyak.pipeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Chunks of one article are translated at the same time, so a long article costs about its slowest chunk. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class ConcurrencyTest {

    private static final long BACKEND_MILLIS = 600;

    private final FakeOpenAi fake = FakeOpenAi.get();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @BeforeEach
    void slowBackend() {
        fake.reset();
        fake.respond(request -> {
            if (request.isTranslation()) {
                maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    Thread.sleep(BACKEND_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
                return FakeOpenAi.standardReply(request);
            }
            return FakeOpenAi.standardReply(request).after(BACKEND_MILLIS);
        });
    }

    private static String article(int paragraphs, int offset) {
        List<String> lines = Corpus.korean();
        List<String> result = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            result.add(String.join(" ", lines.subList(offset + p * 4, offset + p * 4 + 4)));
        }
        return String.join("\n\n", result);
    }

    private long timeMillis(String article) {
        long start = System.nanoTime();
        given().contentType(ContentType.JSON).body(Map.of("text", article, "cache", false))
                .post("/summarize").then().statusCode(200);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void twentyParagraphsTakeAboutAsLongAsOne() {
        long one = timeMillis(article(1, 500));
        maxInFlight.set(0);
        long twenty = timeMillis(article(20, 600));
        long chunks = fake.count(FakeOpenAi.Received::isTranslation) - 1;
        System.out.printf("1 paragraph: %d ms, 20 paragraphs (%d chunks): %d ms, ratio %.2f, max in flight %d%n",
                one, chunks, twenty, (double) twenty / one, maxInFlight.get());
        assertTrue(chunks > 1, "20 paragraphs need several chunks");
        // Overlap proves the chunks run concurrently; how many overlap exactly depends on thread start-up on a
        // loaded machine, so the test asks for overlap within the per-request bound, not for an exact count.
        assertTrue(maxInFlight.get() >= 2 && maxInFlight.get() <= 4, "chunks in flight at once: " + maxInFlight.get());
        assertTrue(twenty < 2 * one, "20 paragraphs " + twenty + " ms vs 1 paragraph " + one + " ms");
    }
}
