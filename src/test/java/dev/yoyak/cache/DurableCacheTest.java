package dev.yoyak.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A paid-for answer survives a restart of the store: it is read back from disk, not asked again. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class DurableCacheTest {

    @Inject
    DurableStore store;

    @Inject
    ResultCache cache;

    @Test
    void entryIsServedAfterTheStoreIsReopened() {
        FakeOpenAi fake = FakeOpenAi.get();
        fake.reset();
        String article = Articles.HARBOR + "\n\n(재시작 " + System.nanoTime() + ")";
        String id = given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200).body("cached", equalTo(false)).extract().path("id");

        // What a process restart does to the cache: memory is gone, the file is closed and opened again.
        cache.clearMemory();
        store.close();
        store.open();
        int callsBefore = fake.received().size();

        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200)
                .body("cached", equalTo(true))
                .body("id", equalTo(id))
                .body("title.en", equalTo(FakeOpenAi.english("부산항 컨테이너 물동량 사상 최대")));
        assertEquals(callsBefore, fake.received().size(), "served from disk without a backend call");
    }

    @Test
    void anEntryThatIsAnotherArticlesAnswerIsDiscarded() {
        FakeOpenAi fake = FakeOpenAi.get();
        fake.reset();
        String a = Articles.HARBOR + "\n\n(남의 답 " + System.nanoTime() + ")";
        String b = Articles.BUDGET + "\n\n(남의 답 " + System.nanoTime() + ")";
        String idA = given().contentType(ContentType.JSON).body(Map.of("text", a)).post("/summarize")
                .then().statusCode(200).extract().path("id");
        String idB = given().contentType(ContentType.JSON).body(Map.of("text", b)).post("/summarize")
                .then().statusCode(200).extract().path("id");
        // The file now says B's key holds A's answer (a bug, a hand edit, an older build's layout).
        store.put(idB, store.get(idA).orElseThrow());
        cache.clearMemory();
        int callsBefore = fake.received().size();

        given().contentType(ContentType.JSON).body(Map.of("text", b)).post("/summarize").then().statusCode(200)
                .body("cached", equalTo(false)).body("id", equalTo(idB));
        org.junit.jupiter.api.Assertions.assertTrue(fake.received().size() > callsBefore, "B was asked again");
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                "yoyak_cache_discarded_total{reason=\"identity\",tier=\"durable\"}"));
    }
}
