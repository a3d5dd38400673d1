package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A noisy news page comes back taken apart: furniture gone, captions apart, names consistent, figures checked. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class ArticleStructureTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private io.restassured.response.ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/summarize").then().statusCode(200);
    }

    @Test
    void boilerplateIsNeitherTranslatedNorReturned() {
        post(Map.of("text", Articles.NOISY, "cache", false))
                .body("translation", not(containsString("무단전재")))
                .body("translation", not(containsString("주요 뉴스")))
                .body("translation", not(containsString("공유하기")))
                .body("paragraphs.ko", not(hasItem(containsString("ⓒ"))))
                .body("paragraphs.size()", equalTo(5));
        fake.received().stream().filter(FakeOpenAi.Received::isTranslation)
                .forEach(r -> assertTrue(!r.user().contains("무단전재") && !r.user().contains("URL 복사"), r.user()));
    }

    @Test
    void captionsAreTranslatedApartFromTheBody() {
        post(Map.of("text", Articles.NOISY, "cache", false))
                .body("captions.size()", equalTo(2))
                .body("captions[0].en", equalTo(FakeOpenAi.english("박서연 서울시 경제정책실장이 30일 시청에서 브리핑하고 있다. (사진=서울시 제공)")))
                .body("translation", not(containsString("사진=")));
    }

    @Test
    void metadataIsRecognised() {
        post(Map.of("text", Articles.NOISY, "cache", false))
                .body("title.ko", equalTo("서울시, 바이오 창업 허브에 1조 3000억원 투입"))
                .body("byline", equalTo("홍길동 기자 2024.07.30 11:15:00"))
                .body("publishedAt", equalTo("2024-07-30T11:15:00+09:00"));
    }

    @Test
    void requestGlossaryReachesEveryChunkThatUsesTheTerm() {
        post(Map.of("text", Articles.NOISY, "cache", false, "glossary", Map.of("서울바이오허브", "Seoul Bio Hub")))
                .body("entities.find { it.ko == '서울바이오허브' }.en", equalTo("Seoul Bio Hub"));
        List<FakeOpenAi.Received> chunks = fake.received().stream().filter(FakeOpenAi.Received::isTranslation)
                .filter(r -> r.user().contains("서울바이오허브 확장")).toList();
        assertTrue(!chunks.isEmpty());
        chunks.forEach(r -> assertTrue(r.user().contains("서울바이오허브 = Seoul Bio Hub"), r.user()));
    }

    @Test
    void extractedNamesJoinTheGlossaryAndTheRequestWins() {
        post(Map.of("text", Articles.NOISY, "cache", false))
                .body("entities.find { it.ko == '박서연' }.en", equalTo("Park Seo-yeon"))
                .body("entities.find { it.ko == '박서연' }.type", equalTo("person"));
        assertTrue(fake.received().stream().filter(FakeOpenAi.Received::isTranslation)
                .anyMatch(FakeOpenAi.Received::asksNames), "the names come from the translation call");

        fake.reset();
        post(Map.of("text", Articles.NOISY, "cache", false, "glossary", Map.of("박서연", "Park Seoyeon")))
                .body("entities.find { it.ko == '박서연' }.en", equalTo("Park Seoyeon"));
    }

    @Test
    void mangledAmountIsFlaggedByCode() {
        fake.respond(request -> request.isTranslation()
                ? Reply.ok(FakeOpenAi.translate(request.paragraphs(),
                        p -> p.contains("1조 3000억원을") ? "Seoul will invest 13 trillion won in the Seoul Bio Hub by 2030." : FakeOpenAi.english(p)))
                : FakeOpenAi.standardReply(request));
        post(Map.of("text", Articles.NOISY, "cache", false))
                .body("checks.find { it.kind == 'number' && it.source == '1조 3000억원' }.detail", containsString("1.3 trillion"))
                .body("checks.find { it.kind == 'number' && it.source == '1조 3000억원' }.severity", equalTo("warning"));
    }

    @Test
    void faithfulNumbersRaiseNoCheck() {
        fake.respond(request -> request.isTranslation()
                ? Reply.ok(FakeOpenAi.translate(request.paragraphs(),
                        p -> p.startsWith("[서울=") ? "[Seoul = Gasang News] Seoul said on the 30th it will invest 1.3 trillion won "
                                + "in expanding the Seoul Bio Hub by 2030."
                                : p.startsWith("서울시,") ? "Seoul to put 1.3 trillion won into bio start-up hub" : FakeOpenAi.english(p)))
                : FakeOpenAi.standardReply(request));
        post(Map.of("text", Articles.NOISY, "cache", false))
                .body("checks.findAll { it.source == '1조 3000억원' }.size()", equalTo(0));
    }
}
