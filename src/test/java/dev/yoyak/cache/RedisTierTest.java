package dev.yoyak.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.RedisServer;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The shared tier against a real redis-server, including an outage in the middle. */
@QuarkusTest
@QuarkusTestResource(value = RedisServer.class, restrictToAnnotatedClass = true)
class RedisTierTest {

    // Instance: without a Redis URL (the other tests' profile) the Redis client is inactive, and a direct
    // injection point would stop that application's start.
    @Inject
    Instance<RedisDataSource> redisClient;

    @Inject
    ResultCache cache;

    @Inject
    DurableStore durable;

    private final FakeOpenAi fake = FakeOpenAi.get();

    private RedisDataSource redis() {
        return redisClient.get();
    }

    private static String post(String article) {
        return given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200).extract().path("id");
    }

    @Test
    void anotherReplicaIsServedFromRedisWithoutABackendCall() {
        fake.reset();
        String article = Articles.HARBOR + "\n\n(공유 " + System.nanoTime() + ")";
        String id = post(article);
        assertNotNull(redis().value(String.class).get("yoyak:result:" + id), "the result reached Redis");
        assertTrue(redis().key().ttl("yoyak:result:" + id) > 0, "with a TTL");

        // A replica that never saw the article: empty memory, nothing on its local disk.
        cache.clearMemory();
        durable.remove(id);
        int calls = fake.received().size();
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200).body("cached", equalTo(true));
        assertEquals(calls, fake.received().size(), "served from Redis");
    }

    @Test
    void redisOutageDegradesAndRecovers() throws InterruptedException {
        fake.reset();
        RedisServer.halt();
        try {
            long start = System.nanoTime();
            post(Articles.BUDGET + "\n\n(장애 " + System.nanoTime() + ")");
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("request during the Redis outage: 200 in %d ms%n", millis);
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'result-cache' }.data.redis", equalTo("down"))
                    .body("checks.find { it.name == 'result-cache' }.data.degraded", equalTo("redis"))
                    .body("checks.find { it.name == 'result-cache' }.status", equalTo("UP"));
            given().get("/q/metrics").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("yoyak_cache_redis_failures_total"));
        } finally {
            RedisServer.launch();
        }
        Thread.sleep(300); // past yoyak.cache.redis-retry: Redis is tried again
        String id = post(Articles.BUDGET + "\n\n(복구 " + System.nanoTime() + ")");
        assertNotNull(redis().value(String.class).get("yoyak:result:" + id), "results reach Redis again");
        given().get("/q/health/ready").then().body("checks.find { it.name == 'result-cache' }.data.redis", equalTo("up"));
    }

    @Test
    void aRedisEntryMadeWithOtherPromptsIsDiscardedNotCopied() {
        fake.reset();
        String article = Articles.BUDGET + "\n\n(낡은 답 " + System.nanoTime() + ")";
        String id = post(article);
        String key = "yoyak:result:" + id;
        // Another replica on an older build wrote this key with its own prompts.
        String stale = redis().value(String.class).get(key).replaceFirst("\"promptVersion\":\"[^\"]*\"",
                "\"promptVersion\":\"older\"");
        redis().value(String.class).set(key, stale);
        cache.clearMemory();
        durable.remove(id);
        int calls = fake.received().size();

        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .post("/summarize").then().statusCode(200).body("cached", equalTo(false));
        assertTrue(fake.received().size() > calls, "asked again, not served the stale answer");
        assertTrue(!redis().value(String.class).get(key).contains("\"promptVersion\":\"older\""),
                "the stale entry was replaced by the fresh answer");
        given().get("/q/metrics").then().body(org.hamcrest.Matchers.containsString(
                "yoyak_cache_discarded_total{reason=\"identity\",tier=\"redis\"}"));
    }
}
