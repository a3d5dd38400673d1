package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Cache hits are the stored answer bytes: the fresh answer apart from {@code cached}, with an ETag for 304s. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class CachedAnswersTest {

    private static String article(String tag) {
        return Articles.NOISY + "\n\n(" + tag + " " + System.nanoTime() + ")";
    }

    private static Response post(Object body, String... headers) {
        var request = given().contentType(ContentType.JSON).body(body);
        for (int i = 0; i < headers.length; i += 2) {
            request = request.header(headers[i], headers[i + 1]);
        }
        return request.post("/summarize");
    }

    @Test
    void hitIsTheFreshAnswerByteForByteApartFromCached() {
        Map<String, Object> body = Map.of("text", article("바이트"), "summarySentences", 2);
        Response fresh = post(body);
        fresh.then().statusCode(200).body("cached", equalTo(false));
        int calls = FakeOpenAi.get().received().size();

        Response hit = post(body);
        hit.then().statusCode(200).contentType(ContentType.JSON).body("cached", equalTo(true));
        Response again = post(body);

        String expected = fresh.asString().replace("\"cached\":false", "\"cached\":true");
        assertEquals(expected, hit.asString(), "the hit is the fresh answer with only its flag changed");
        assertArrayEquals(hit.asByteArray(), again.asByteArray(), "every hit sends the same bytes");
        assertEquals(fresh.header("ETag"), hit.header("ETag"), "the fresh answer and its cached copy share their tag");
        assertTrue(hit.header("ETag").startsWith("W/\""), hit.header("ETag"));
        assertEquals(calls, FakeOpenAi.get().received().size(), "no backend call for the hits");
    }

    @Test
    void plainTextHitIsTheFreshAnswerApartFromCached() {
        byte[] text = article("평문").getBytes(StandardCharsets.UTF_8);
        Response fresh = given().contentType("text/plain; charset=utf-8").body(text).post("/summarize");
        Response hit = given().contentType("text/plain; charset=utf-8").body(text).post("/summarize");
        fresh.then().statusCode(200).body("cached", equalTo(false));
        hit.then().statusCode(200).body("cached", equalTo(true));
        assertEquals(fresh.asString().replace("\"cached\":false", "\"cached\":true"), hit.asString());
    }

    @Test
    void ifNoneMatchWithTheTagAnswers304WithoutABody() {
        Map<String, Object> body = Map.of("text", article("검증"));
        String tag = post(body).then().statusCode(200).extract().header("ETag");

        post(body, "If-None-Match", tag).then().statusCode(304).header("ETag", equalTo(tag)).body(emptyString());
        post(body, "If-None-Match", "W/\"other\", " + tag).then().statusCode(304);
        post(body, "If-None-Match", tag.substring(2)).then().statusCode(304); // weak comparison: W/ or not
        post(body, "If-None-Match", "W/\"other\"").then().statusCode(200).body("cached", equalTo(true));
    }

    @Test
    void aDifferentAnswerHasADifferentTag() {
        String text = article("태그");
        String three = post(Map.of("text", text)).then().statusCode(200).extract().header("ETag");
        String two = post(Map.of("text", text, "summarySentences", 2)).then().statusCode(200).extract().header("ETag");
        assertNotEquals(three, two, "other options, other answer, other tag");

        // A fresh run of the same article is a new answer (its createdAt): the old tag no longer matches.
        String rerun = post(Map.of("text", text, "cache", false)).then().statusCode(200)
                .body("cached", equalTo(false)).extract().header("ETag");
        assertNotEquals(three, rerun);
        post(Map.of("text", text), "If-None-Match", three).then().statusCode(200).header("ETag", equalTo(rerun))
                .body("cached", equalTo(true));
        post(Map.of("text", text), "If-None-Match", rerun).then().statusCode(304);
    }

    @Test
    void repeatedBytesWithOtherOptionsAreNotServedTheFirstAnswer() {
        byte[] text = article("질의").getBytes(StandardCharsets.UTF_8);
        String first = given().contentType("text/plain; charset=utf-8").body(text).post("/summarize")
                .then().statusCode(200).extract().path("id");
        given().contentType("text/plain; charset=utf-8").body(text).post("/summarize")
                .then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(first));

        // The same body with another query or header is another request: its own key, no cached answer yet.
        given().contentType("text/plain; charset=utf-8").body(text).queryParam("summarySentences", 2).post("/summarize")
                .then().statusCode(200).body("cached", equalTo(false)).body("id", startsWith(""))
                .body("id", org.hamcrest.Matchers.not(equalTo(first)));
        given().contentType("text/plain; charset=utf-8").header("Cache-Control", "no-cache").body(text).post("/summarize")
                .then().statusCode(200).body("cached", equalTo(false)).body("id", equalTo(first));
    }

    @Test
    void badInputStillGetsItsProblemOnARepeat() {
        for (int i = 0; i < 2; i++) {
            post("{\"text\": \"The city will invest.\"}").then().statusCode(422)
                    .contentType(startsWith("application/problem+json"));
            post("").then().statusCode(400).body("detail", equalTo("The request body is missing."));
        }
    }
}
