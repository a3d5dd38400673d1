package dev.yoyak.pipeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.Crowd;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Bursts: identical requests share one run; distinct ones beyond capacity are refused with 429, never a 5xx. */
@QuarkusTest
@TestProfile(LoadTest.SmallCapacity.class)
@WithTestResource(FakeOpenAiResource.class)
class LoadTest {

    /** Two runs at once, two waiting for at most a second: a capacity of four. */
    public static class SmallCapacity implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.limits.max-runs", "2", "yoyak.limits.queue", "2",
                    "yoyak.limits.queue-timeout", "1s", "yoyak.limits.retry-after", "3s");
        }
    }

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void slowBackend() {
        fake.reset();
        fake.respond(request -> FakeOpenAi.standardReply(request).after(700));
    }

    private static List<Response> burst(List<String> articles) throws Exception {
        return Crowd.send(articles, article -> given().contentType(ContentType.JSON)
                .body(Map.of("text", article)).post("/summarize"));
    }

    @Test
    void sixtyFourIdenticalMissesCostTheCallsOfOneArticle() throws Exception {
        String article = Articles.HARBOR + "\n\n(동시 " + System.nanoTime() + ")";
        List<Response> responses = burst(java.util.Collections.nCopies(64, article));
        long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
        System.out.printf("64 identical concurrent misses: %d answered 200, backend calls %d%n", ok, fake.received().size());
        assertEquals(64, ok);
        assertEquals(2, fake.received().size(), "one translation and one summary call for all 64");
        assertEquals(1, responses.stream().map(r -> r.path("id")).distinct().count());
    }

    @Test
    void burstThreeTimesOverCapacityGets429sAndNoOther5xx() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(Articles.BUDGET + "\n\n(과부하 " + i + " " + System.nanoTime() + ")");
        }
        List<Response> responses = burst(articles);
        long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
        List<Response> refused = responses.stream().filter(r -> r.statusCode() == 429).toList();
        System.out.printf("12 distinct articles at a capacity of 4: %d answered 200, %d refused with 429, others %s%n",
                ok, refused.size(), responses.stream().map(Response::statusCode).filter(s -> s != 200 && s != 429).toList());
        assertEquals(12, ok + refused.size(), "only 200 or 429");
        assertTrue(ok >= 2, "the admitted runs finish");
        assertTrue(refused.size() >= 6, "the excess is refused, not queued without bound");
        refused.forEach(r -> {
            assertEquals("3", r.header("Retry-After"));
            assertEquals("application/problem+json", r.contentType());
        });

        given().get("/q/health/ready").then().statusCode(200);
        fake.reset();
        given().contentType(ContentType.JSON).body(Map.of("text", articles.get(11)))
                .post("/summarize").then().statusCode(200);
    }
}
