package dev.yoyak.pipeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;
import dev.yoyak.testing.Crowd;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Crowds larger than every pool (250 requests at once against 200 HTTP worker threads and 4 + 16 run places):
 * every request is answered, identical ones with the one run's article, distinct ones with the article or a
 * refusal that says when to come back; the service serves normally afterwards.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class CrowdTest {

    private static final int CROWD = 250;
    private static final RestAssuredConfig PATIENT_CLIENT = RestAssuredConfig.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 120_000).setParam("http.connection.timeout", 30_000));
    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void slowBackend() {
        fake.reset();
        fake.respond(request -> FakeOpenAi.standardReply(request).after(50));
    }

    /** A 30-paragraph article from the corpus, made unique so no cache (the durable one lives on) answers it. */
    private static String article(int offset) {
        List<String> lines = Corpus.korean();
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            paragraphs.add(String.join(" ", lines.subList(offset + p * 3, offset + p * 3 + 3)));
        }
        return String.join("\n\n", paragraphs) + "\n\n(군중 " + UUID.randomUUID() + ")";
    }

    private static List<Response> all(List<String> articles) throws Exception {
        return Crowd.send(articles, article -> given().config(PATIENT_CLIENT).contentType(ContentType.JSON)
                .body(Map.of("text", article)).post("/summarize"));
    }

    @Test
    void twoHundredFiftyIdenticalRequestsAllGetTheArticle() throws Exception {
        List<Response> responses = all(Collections.nCopies(CROWD, article(0)));
        long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
        System.out.printf("%d identical concurrent requests: %d × 200, backend calls %d%n", CROWD, ok,
                fake.received().size());
        assertEquals(CROWD, ok, "statuses " + responses.stream().map(Response::statusCode).distinct().toList());
        assertEquals(1, responses.stream().map(r -> r.path("id")).distinct().count(), "one run's answer");
        assertEquals(30, responses.get(CROWD - 1).<List<?>>path("paragraphs").size());
    }

    @Test
    void twoHundredFiftyDistinctRequestsAreAnsweredOrToldWhenToComeBack() throws Exception {
        List<String> articles = new ArrayList<>();
        for (int i = 0; i < CROWD; i++) {
            articles.add(article(i % 50));
        }
        List<Response> responses = all(articles);
        long ok = responses.stream().filter(r -> r.statusCode() == 200).count();
        List<Response> refused = responses.stream().filter(r -> r.statusCode() == 429 || r.statusCode() == 503).toList();
        System.out.printf("%d distinct concurrent requests: %d × 200, %d refused with Retry-After%n", CROWD, ok,
                refused.size());
        assertEquals(CROWD, ok + refused.size(), "only 200, 429 or 503: "
                + responses.stream().map(Response::statusCode).distinct().toList());
        assertTrue(ok >= 4, "the admitted runs finish");
        refused.forEach(r -> assertNotNull(r.header("Retry-After"), "a refusal says when to come back"));

        given().get("/q/health/ready").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", article(60))).post("/summarize")
                .then().statusCode(200);
    }
}
