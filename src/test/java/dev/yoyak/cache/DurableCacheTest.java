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
                .body("title.en", equalTo("EN(부산항 컨테이너 물동량 사상 최대)"));
        assertEquals(callsBefore, fake.received().size(), "served from disk without a backend call");
    }
}
