package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.Romanized;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class SummarizeResourceTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    @Test
    void jsonRequestAnswersTranslationAndBilingualSummary() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.BUDGET, "summarySentences", 2, "cache", false))
                .when().post("/summarize")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("translation", equalTo(FakeOpenAi.english("[수원=가상뉴스] 경기도가 2028년까지 반도체 인재 양성에 4500억원을 투입한다고 14일 밝혔다.")
                        + "\n\n" + FakeOpenAi.english("이영희 경기도 산업정책과장은 \"현장에 바로 투입될 수 있는 인재 2만명을 길러내겠다\"고 말했다.")))
                .body("title.ko", equalTo("경기도, 반도체 인재 양성에 4500억원 투입"))
                .body("title.en", equalTo(FakeOpenAi.english("경기도, 반도체 인재 양성에 4500억원 투입")))
                .body("byline", equalTo("김철수 기자 2024.05.14 09:30"))
                .body("publishedAt", equalTo("2024-05-14T09:30:00+09:00"))
                .body("paragraphs.size()", equalTo(2))
                .body("paragraphs[1].ko", containsString("인재 2만명"))
                .body("summary.keySet()", containsInAnyOrder("ko", "en"))
                .body("summary.ko", equalTo("요약: 경기도, 반도체 인재 양성에 4500억원 투입"))
                .body("summary.en", equalTo("Summary of: " + Romanized.of("경기도, 반도체 인재 양성에 4500억원 투입")))
                .body("id", matchesPattern("[0-9a-f]{64}"))
                .body("model", equalTo(FakeOpenAiResource.MODEL))
                .body("promptVersion", matchesPattern("[0-9a-f]{12}"))
                .body("cached", equalTo(false));
    }

    @Test
    void backendReceivesModelTemperatureZeroAndTheArticle() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.BUDGET, "cache", false))
                .when().post("/summarize").then().statusCode(200);

        FakeOpenAi.Received translation = fake.received().stream().filter(FakeOpenAi.Received::isTranslation)
                .findFirst().orElseThrow();
        assertEquals(FakeOpenAiResource.MODEL, translation.body().path("model").asText());
        assertEquals(0.0, translation.body().path("temperature").asDouble(-1), 0.0);
        assertTrue(translation.user().contains("[1] 경기도, 반도체 인재 양성에 4500억원 투입"), translation.user());
        assertTrue(!translation.user().contains("무단전재"), "boilerplate is not sent for translation");

        FakeOpenAi.Received summary = fake.received().stream().filter(FakeOpenAi.Received::isSummary)
                .findFirst().orElseThrow();
        assertEquals("3", summary.variable("sentences"), "default summary length is 3: " + summary.user());
        // The summary is written from the notes of the translation call, not from another read of the article.
        assertTrue(summary.user().contains("NOTES("), summary.user());
        assertTrue(!summary.user().contains("인재 2만명"), summary.user());
    }

    @Test
    void plainTextBodyIsAccepted() {
        given().contentType("text/plain; charset=utf-8").body(Articles.HARBOR)
                .queryParam("summarySentences", 1)
                .header("Cache-Control", "no-cache")
                .when().post("/summarize")
                .then().statusCode(200)
                .body("title.en", equalTo(FakeOpenAi.english("부산항 컨테이너 물동량 사상 최대")))
                .body("translation", containsString("EN(" + Romanized.of("[부산=가상뉴스] 부산항의")))
                .body("summary.en", containsString(Romanized.of("부산항")))
                .body("cached", equalTo(false));
        assertTrue(fake.received().stream().filter(FakeOpenAi.Received::isSummary)
                .anyMatch(r -> r.variable("sentences").equals("1")));
    }

    @Test
    void secondIdenticalRequestIsServedFromCacheWithoutBackendCall() {
        String article = Articles.HARBOR + "\n\n(캐시 시험 " + System.nanoTime() + ")";
        String firstId = given().contentType(ContentType.JSON).body(Map.of("text", article))
                .when().post("/summarize")
                .then().statusCode(200).body("cached", equalTo(false)).extract().path("id");
        int callsAfterFirst = fake.received().size();
        assertEquals(2, callsAfterFirst, "one translation and one summary call");

        // Different white space, same article: same key.
        given().contentType(ContentType.JSON).body(Map.of("text", "  " + article.replace("\n\n", "\n \n\n") + "\n"))
                .when().post("/summarize")
                .then().statusCode(200).body("cached", equalTo(true)).body("id", equalTo(firstId));
        assertEquals(callsAfterFirst, fake.received().size(), "no new backend call");
    }

    @Test
    void cacheFalseSkipsTheReadButStillWrites() {
        String article = Articles.BUDGET + "\n\n(새로고침 " + System.nanoTime() + ")";
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(false));
        int oneRun = fake.received().size();
        given().contentType(ContentType.JSON).body(Map.of("text", article, "cache", false))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(false));
        assertEquals(2 * oneRun, fake.received().size(), "the second request went to the backend again");
        given().contentType(ContentType.JSON).body(Map.of("text", article))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(true));
        assertEquals(2 * oneRun, fake.received().size());
    }

    @Test
    void summaryLengthIsPartOfTheKey() {
        String article = Articles.HARBOR + "\n\n(길이 " + System.nanoTime() + ")";
        String two = given().contentType(ContentType.JSON).body(Map.of("text", article, "summarySentences", 2))
                .when().post("/summarize").then().statusCode(200).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("text", article, "summarySentences", 4))
                .when().post("/summarize").then().statusCode(200)
                .body("cached", equalTo(false)).body("id", not(equalTo(two)));
    }
}
