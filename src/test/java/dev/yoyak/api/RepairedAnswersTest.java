package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KnownFailures;
import dev.yoyak.testing.KnownFailures.Mode;
import dev.yoyak.testing.ParallelArticle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What a repair or a failed validation means for the stream, the cache and the DeepL/LibreTranslate faces. */
@QuarkusTest
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class RepairedAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ParallelArticle ARTICLE = new ParallelArticle();
    private static final String TARGET = ARTICLE.korean().get(2);

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @Test
    void aParagraphSentAndThenRepairedIsSentAgainWithItsIndex() throws Exception {
        // Merged into paragraph 3, paragraph 4 comes back empty: 3 looked fine alone and was sent at once.
        fake.respond(KnownFailures.once(ARTICLE.backend(), Mode.MERGED, TARGET));
        String body = given().contentType(ContentType.JSON).accept("text/event-stream")
                .body(Map.of("text", ARTICLE.text(), "cache", false)).post("/summarize")
                .then().statusCode(200).extract().asString();
        List<JsonNode> third = new ArrayList<>();
        JsonNode result = null;
        for (String block : body.split("\n\n")) {
            String data = block.lines().filter(l -> l.startsWith("data:")).map(l -> l.substring(5).strip())
                    .reduce("", String::concat);
            if (block.contains("event:paragraph") || block.contains("event: paragraph")) {
                JsonNode event = JSON.readTree(data);
                if (event.path("index").asInt() == 2) {
                    third.add(event.path("paragraph"));
                }
            } else if (block.contains("event:result") || block.contains("event: result")) {
                result = JSON.readTree(data);
            }
        }
        assertEquals(2, third.size(), "paragraph 3 sent, then sent again repaired: " + third);
        assertTrue(third.get(0).path("en").asText().contains(ARTICLE.english().get(3)), "first the merged English");
        assertEquals(ARTICLE.english().get(2), third.get(1).path("en").asText());
        assertEquals(ARTICLE.english().get(2), result.path("paragraphs").get(2).path("en").asText());
    }

    @Test
    void anAnswerStillFailingValidationIsNotCached() {
        String text = ARTICLE.text() + "\n\n(" + System.nanoTime() + ")";
        fake.respond(KnownFailures.always(ARTICLE.backend(), Mode.ECHO, TARGET));
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/summarize")
                .then().statusCode(200).body("checks.kind", org.hamcrest.Matchers.hasItem("untranslated"));
        fake.respond(ARTICLE.backend());
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/summarize")
                .then().statusCode(200).body("cached", equalTo(false))
                .body("paragraphs[2].en", equalTo(ARTICLE.english().get(2)));
    }

    @Test
    void deepLAnswers503RatherThanKoreanAsEnglish() {
        fake.respond(KnownFailures.always(ARTICLE.backend(), Mode.ECHO, TARGET));
        given().contentType(ContentType.JSON).body(Map.of("text", List.of(ARTICLE.text()), "target_lang", "EN"))
                .post("/v2/translate").then().statusCode(503).header("Retry-After", notNullValue())
                .body("message", containsString("untranslated")).body("message", not(containsString(TARGET)));
    }

    @Test
    void libreTranslateAnswers503RatherThanKoreanAsEnglish() {
        fake.respond(KnownFailures.always(ARTICLE.backend(), Mode.CHINESE, TARGET));
        given().contentType(ContentType.JSON).body(Map.of("q", ARTICLE.text(), "source", "ko", "target", "en"))
                .post("/translate").then().statusCode(503).header("Retry-After", notNullValue())
                .body("error", containsString("language"));
    }
}
