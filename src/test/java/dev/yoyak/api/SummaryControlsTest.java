package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.yoyak.article.KoreanRegister;
import dev.yoyak.article.SummaryStyle;
import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** summaryStyle and koreanRegister: each reaches the summary prompt, keys the cache and comes back in the answer. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class SummaryControlsTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static String fresh(String article) {
        return article + "\n\n(형식 " + System.nanoTime() + ")";
    }

    private FakeOpenAi.Received summaryCall() {
        List<FakeOpenAi.Received> summaries = fake.received().stream().filter(FakeOpenAi.Received::isSummary).toList();
        assertEquals(1, summaries.size(), "one summary call");
        return summaries.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = { "prose", "bullets" })
    void styleReachesTheSummaryPrompt(String style) {
        given().contentType(ContentType.JSON).body(Map.of("text", fresh(Articles.BUDGET), "summaryStyle", style))
                .when().post("/summarize").then().statusCode(200).body("summaryStyle", equalTo(style));
        assertTrue(summaryCall().asks(SummaryStyle.of(style)), summaryCall().system());
    }

    @ParameterizedTest
    @ValueSource(strings = { "plain", "formal", "polite", "brief" })
    void registerReachesTheSummaryPrompt(String register) {
        given().contentType(ContentType.JSON).body(Map.of("text", fresh(Articles.BUDGET), "koreanRegister", register))
                .when().post("/summarize").then().statusCode(200).body("koreanRegister", equalTo(register));
        assertTrue(summaryCall().asks(KoreanRegister.of(register)), summaryCall().system());
    }

    @Test
    void defaultsAreProseAndPlainAndEchoed() {
        given().contentType(ContentType.JSON).body(Map.of("text", fresh(Articles.HARBOR)))
                .when().post("/summarize").then().statusCode(200)
                .body("summaryStyle", equalTo("prose")).body("koreanRegister", equalTo("plain"));
        assertTrue(summaryCall().asks(SummaryStyle.PROSE) && summaryCall().asks(KoreanRegister.PLAIN),
                summaryCall().system());
    }

    @Test
    void queryParametersOfAPlainTextRequestReachThePrompt() {
        given().contentType("text/plain; charset=utf-8").body(fresh(Articles.HARBOR))
                .queryParam("summaryStyle", "bullets").queryParam("koreanRegister", "brief")
                .when().post("/summarize").then().statusCode(200)
                .body("summaryStyle", equalTo("bullets")).body("koreanRegister", equalTo("brief"));
        assertTrue(summaryCall().asks(SummaryStyle.BULLETS) && summaryCall().asks(KoreanRegister.BRIEF),
                summaryCall().system());
    }

    @Test
    void otherOptionsGiveAnotherIdAndTheSameOptionsAHit() {
        String article = fresh(Articles.HARBOR);
        String prose = given().contentType(ContentType.JSON).body(Map.of("text", article))
                .when().post("/summarize").then().statusCode(200).extract().path("id");
        String bullets = given().contentType(ContentType.JSON).body(Map.of("text", article, "summaryStyle", "bullets"))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(false))
                .body("id", not(equalTo(prose))).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("text", article, "summaryStyle", "bullets", "koreanRegister", "formal"))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(false))
                .body("id", allOf(not(equalTo(prose)), not(equalTo(bullets))));
        int calls = fake.received().size();
        given().contentType(ContentType.JSON).body(Map.of("text", article, "summaryStyle", "bullets"))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(true))
                .body("id", equalTo(bullets)).body("summaryStyle", equalTo("bullets"));
        assertEquals(calls, fake.received().size(), "the same options are answered from the cache");
    }

    @Test
    void bulletAnswersAreParsedIntoCleanAlignedLines() {
        fake.respond(request -> request.isSummary()
                ? Reply.ok("{\"ko\": \"1. 부산항 물동량 사상 최대\\n2) 환적 화물 증가\\n• 내년 목표 상향\", "
                        + "\"en\": \"- Record volume at Busan port\\n* More transshipment cargo\\n· Higher target next year\"}")
                : FakeOpenAi.standardReply(request));
        given().contentType(ContentType.JSON).body(Map.of("text", fresh(Articles.HARBOR), "summaryStyle", "bullets"))
                .when().post("/summarize").then().statusCode(200)
                .body("summary.ko", equalTo("부산항 물동량 사상 최대\n환적 화물 증가\n내년 목표 상향"))
                .body("summary.en", equalTo("Record volume at Busan port\nMore transshipment cargo\nHigher target next year"));
    }

    @Test
    void bulletsWithUnequalPointsAreAskedForOnceMore() {
        fake.respond(request -> {
            if (!request.isSummary()) {
                return FakeOpenAi.standardReply(request);
            }
            boolean first = fake.count(FakeOpenAi.Received::isSummary) == 1;
            return Reply.ok(first ? "{\"ko\": \"- 하나\\n- 둘\", \"en\": \"- One\"}"
                    : "{\"ko\": \"- 하나\\n- 둘\", \"en\": \"- One\\n- Two\"}");
        });
        given().contentType(ContentType.JSON).body(Map.of("text", fresh(Articles.HARBOR), "summaryStyle", "bullets"))
                .when().post("/summarize").then().statusCode(200)
                .body("summary.ko", equalTo("하나\n둘")).body("summary.en", equalTo("One\nTwo"));
        assertEquals(2, fake.count(FakeOpenAi.Received::isSummary));
    }

    @Test
    void bulletsThatNeverPairUpAreNamedAndNotCached() {
        fake.respond(request -> request.isSummary() ? Reply.ok("{\"ko\": \"- 하나\\n- 둘\", \"en\": \"- One\"}")
                : FakeOpenAi.standardReply(request));
        String article = fresh(Articles.HARBOR);
        given().contentType(ContentType.JSON).body(Map.of("text", article, "summaryStyle", "bullets"))
                .when().post("/summarize").then().statusCode(200)
                .body("checks.find { it.kind == 'summary' }.detail", containsString("2 points in Korean and 1 in English"));
        fake.reset();
        given().contentType(ContentType.JSON).body(Map.of("text", article, "summaryStyle", "bullets"))
                .when().post("/summarize").then().statusCode(200).body("cached", equalTo(false));
    }

    @Test
    void unknownStyleIs400NamingTheAllowedOnes() {
        given().contentType(ContentType.JSON).body(Map.of("text", Articles.HARBOR, "summaryStyle", "haiku"))
                .when().post("/summarize").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("summaryStyle must be one of: prose, bullets"));
        assertEquals(0, fake.received().size());
    }

    @Test
    void unknownRegisterInTheQueryIs400NamingTheAllowedOnes() {
        given().contentType("text/plain; charset=utf-8").body(Articles.HARBOR).queryParam("koreanRegister", "banmal")
                .when().post("/summarize").then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("koreanRegister must be one of: plain, formal, polite, brief"));
        assertEquals(0, fake.received().size());
    }

    @Test
    void batchItemsCarryTheirOwnOptions() {
        given().contentType(ContentType.JSON).body(Map.of("articles", List.of(
                Map.of("text", fresh(Articles.HARBOR), "summaryStyle", "bullets", "koreanRegister", "polite"),
                Map.of("text", Articles.HARBOR, "koreanRegister", "casual"))))
                .post("/summarize/batch").then().statusCode(200)
                .body("results[0].status", equalTo(200))
                .body("results[0].result.summaryStyle", equalTo("bullets"))
                .body("results[0].result.koreanRegister", equalTo("polite"))
                .body("results[1].status", equalTo(400))
                .body("results[1].problem.detail", containsString("plain, formal, polite, brief"));
        assertTrue(summaryCall().asks(SummaryStyle.BULLETS) && summaryCall().asks(KoreanRegister.POLITE),
                summaryCall().system());
    }
}
