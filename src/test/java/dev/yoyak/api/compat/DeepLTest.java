package dev.yoyak.api.compat;

import static dev.yoyak.api.compat.CompatKeysTest.form;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** DeepL API v2 on yoyak: what DeepL clients send comes back as DeepL answers, through the translate-only pipeline. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class DeepLTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    /** A sentence no other test (or earlier run: the durable cache lives on) sends, so the cache cannot answer it. */
    static String fresh(String sentence) {
        return sentence + " 참고번호 " + UUID.randomUUID().toString().substring(0, 8) + "번.";
    }

    @Test
    void formTextIsTranslatedWithoutASummaryCall() {
        String text = fresh("서울시가 청년 창업 지원에 1조 3000억원을 투입한다고 밝혔다.");
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate")
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("translations.size()", equalTo(1))
                .body("translations[0].text", equalTo(FakeOpenAi.english(text)))
                .body("translations[0].detected_source_language", equalTo("KO"))
                .body("translations[0]", not(hasKey("billed_characters")));
        assertEquals(1, fake.count(FakeOpenAi.Received::isTranslation));
        assertEquals(0, fake.count(r -> r.isSummary() || r.isNotes()), "translation only: no summary call");
        assertTrue(fake.received().stream().filter(FakeOpenAi.Received::isTranslation).findFirst().orElseThrow()
                .user().contains(text));
    }

    @Test
    void jsonListIsAnsweredInOrderWithBilledCharacters() {
        String first = fresh("부산항 물동량이 사상 최대를 기록했다.");
        String second = fresh("경기도가 반도체 인재 양성에 나선다.");
        given().contentType(ContentType.JSON)
                .body(Map.of("text", List.of(first, second), "target_lang", "EN-GB", "source_lang", "KO",
                        "show_billed_characters", true))
                .post("/v2/translate").then().statusCode(200)
                .body("translations.text", equalTo(List.of(FakeOpenAi.english(first), FakeOpenAi.english(second))))
                .body("translations.billed_characters", equalTo(List.of(first.length(), second.length())));
    }

    @Test
    void pastedArticleKeepsEveryParagraph() {
        String article = Articles.BUDGET.replace("14일 밝혔다", "14일 밝혔다(" + UUID.randomUUID() + ")");
        List<String> lines = article.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        String expected = String.join("\n\n", lines.stream().map(l -> FakeOpenAi.english(l)).toList());
        form().formParam("text", article).formParam("target_lang", "EN").post("/v2/translate")
                .then().statusCode(200).body("translations[0].text", equalTo(expected));
    }

    @Test
    void textWithoutHangulComesBackAsItIsWithoutAModelCall() {
        form().formParam("text", "2024").formParam("text", "Seoul Bio Hub").formParam("target_lang", "EN-US")
                .post("/v2/translate").then().statusCode(200)
                .body("translations.text", equalTo(List.of("2024", "Seoul Bio Hub")));
        assertEquals(0, fake.received().size());
    }

    @Test
    void htmlKeepsMarkupAndTranslatesTextNodes() {
        String html = "<h1>제목입니다</h1><p class=\"lead\" title=\"속성은 그대로\">서울시가 <a href=\"/x\">발표했다</a>.</p>"
                + "<script>var s = \"스크립트\";</script>";
        form().formParam("text", html).formParam("target_lang", "EN-US").formParam("tag_handling", "html")
                .post("/v2/translate").then().statusCode(200)
                .body("translations[0].text", equalTo("<h1>" + FakeOpenAi.english("제목입니다") + "</h1><p class=\"lead\" title=\"속성은 그대로\">"
                        + FakeOpenAi.english("서울시가") + " <a href=\"/x\">" + FakeOpenAi.english("발표했다")
                        + "</a>.</p><script>var s = \"스크립트\";</script>"));
        assertTrue(fake.received().stream().noneMatch(r -> r.user().contains("스크립트") || r.user().contains("속성")),
                "script and attributes never reach the model");
    }

    @Test
    void repeatedTextIsServedFromTheCache() {
        String text = fresh("인천공항 이용객이 다시 늘었다.");
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate").then().statusCode(200);
        int calls = fake.received().size();
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate").then().statusCode(200)
                .body("translations[0].text", equalTo(FakeOpenAi.english(text)));
        assertEquals(calls, fake.received().size(), "the second request made no model call");
    }

    @Test
    void translationOnlyHasItsOwnCacheEntries() {
        String text = fresh("대전시가 과학 축제를 연다고 밝혔다.");
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/summarize").then().statusCode(200)
                .body("cached", equalTo(false)).body("summary.en", containsString("Summary of"));
        assertEquals(1, fake.count(FakeOpenAi.Received::isSummary));
    }

    @Test
    void unsupportedTargetIs400NamingTheSupportedOnes() {
        form().formParam("text", "안녕하세요").formParam("target_lang", "DE").post("/v2/translate")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("message", containsString("target_lang")).body("message", containsString("EN-US"));
    }

    @Test
    void unsupportedSourceIs400() {
        form().formParam("text", "안녕하세요").formParam("source_lang", "JA").formParam("target_lang", "EN-US")
                .post("/v2/translate").then().statusCode(400).body("message", containsString("source_lang"));
    }

    @Test
    void missingTextIs400() {
        form().formParam("target_lang", "EN-US").post("/v2/translate")
                .then().statusCode(400).body("message", equalTo("Parameter 'text' not specified."));
    }

    @Test
    void glossaryIdIsRefusedClearly() {
        form().formParam("text", "안녕하세요").formParam("target_lang", "EN-US").formParam("glossary_id", "abc")
                .post("/v2/translate").then().statusCode(400).body("message", containsString("glossary_id"));
    }

    @Test
    void xmlTagHandlingIs400() {
        form().formParam("text", "안녕하세요").formParam("target_lang", "EN-US").formParam("tag_handling", "xml")
                .post("/v2/translate").then().statusCode(400).body("message", containsString("tag_handling"));
    }

    @Test
    void malformedJsonIs400InDeepLShape() {
        given().contentType(ContentType.JSON).body("{\"text\": [").post("/v2/translate")
                .then().statusCode(400).body("message", containsString("JSON"));
    }

    @Test
    void tooManyTextsIs413() {
        List<String> texts = new ArrayList<>(Collections.nCopies(51, "가"));
        given().contentType(ContentType.JSON).body(Map.of("text", texts, "target_lang", "EN-US")).post("/v2/translate")
                .then().statusCode(413).body("message", containsString("50"));
        assertEquals(0, fake.received().size());
    }

    @Test
    void textOverTheCharacterLimitIs413() {
        given().contentType(ContentType.JSON).body(Map.of("text", "가".repeat(100_001), "target_lang", "EN-US"))
                .post("/v2/translate").then().statusCode(413).body("message", containsString("100000"));
    }

    @Test
    void backendFailureIs503WithRetryAfter() {
        fake.respond(request -> Reply.error(500));
        form().formParam("text", fresh("광주시가 새 노선을 연다.")).formParam("target_lang", "EN-US").post("/v2/translate")
                .then().statusCode(503).header("Retry-After", notNullValue())
                .body("message", containsString("backend"));
    }

    @Test
    void usageCountsTheCharactersTranslated() {
        long before = given().get("/v2/usage").then().statusCode(200)
                .body("character_limit", equalTo(1_000_000_000_000L)).extract().jsonPath().getLong("character_count");
        String text = fresh("울산시가 조선업 지원에 나선다.");
        form().formParam("text", text).formParam("target_lang", "EN-US").post("/v2/translate").then().statusCode(200);
        given().post("/v2/usage").then().statusCode(200)
                .body("character_count", equalTo((int) (before + text.length())));
    }

    @Test
    void languagesListKoreanSourceAndEnglishTargets() {
        given().get("/v2/languages").then().statusCode(200).body("language", equalTo(List.of("KO")));
        given().queryParam("type", "target").get("/v2/languages").then().statusCode(200)
                .body("language", equalTo(List.of("EN-GB", "EN-US")))
                .body("supports_formality", equalTo(List.of(false, false)));
        given().queryParam("type", "both").get("/v2/languages").then().statusCode(400)
                .body("message", containsString("type"));
    }

    @Test
    void answersAreCountedInMetrics() {
        form().formParam("target_lang", "EN-US").post("/v2/translate").then().statusCode(400);
        given().get("/q/metrics").then()
                .body(containsString("yoyak_compat_requests_total{api=\"deepl\",status=\"400\"}"));
    }
}
