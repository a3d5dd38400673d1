package dev.yoyak.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.Crowd;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.RedisServer;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Event streams against a real redis-server: their cache reads (Redis included) run off the event loop, where a
 * Redis wait would be refused and switch the shared tier off for the whole instance.
 */
@QuarkusTest
@QuarkusTestResource(value = RedisServer.class, restrictToAnnotatedClass = true)
class StreamRedisTest {

    // Instance: without a Redis URL (other tests' profiles) the Redis client is inactive, and a direct injection
    // point would fail the whole test run's start.
    @Inject
    Instance<RedisDataSource> redis;

    private final FakeOpenAi fake = FakeOpenAi.get();

    private static String stream(String article) {
        return given().contentType(ContentType.JSON).accept("text/event-stream").body(Map.of("text", article))
                .post("/summarize/stream").then().statusCode(200).body(matchesPattern("(?s).*event: ?result.*"))
                .extract().asString();
    }

    private static double redisFailures() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(line -> line.startsWith("yoyak_cache_redis_failures_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void redisStaysInUseWhileStreamsRun() throws Exception {
        fake.reset();
        fake.respond(request -> FakeOpenAi.standardReply(request).after(100));
        double failuresBefore = redisFailures();
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            articles.add(Articles.HARBOR + "\n\n(스트림 " + UUID.randomUUID() + ")");
        }
        Crowd.send(articles, article -> {
            stream(article);
            return null;
        });
        // Streamed again: now answered from the cache, read from Redis as well on a miss of the local tiers.
        stream(articles.get(0));

        assertEquals(failuresBefore, redisFailures(), "no Redis call failed");
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'result-cache' }.data.redis", equalTo("up"));
        String id = given().contentType(ContentType.JSON).body(Map.of("text", articles.get(7)))
                .post("/summarize").then().statusCode(200).body("cached", equalTo(true)).extract().path("id");
        assertNotNull(redis.get().value(String.class).get("yoyak:result:" + id), "the streamed result reached Redis");
    }
}
