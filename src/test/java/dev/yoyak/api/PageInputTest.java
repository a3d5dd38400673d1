package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Articles;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.Romanized;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;

/** Pages as people send them: HTML, wire copy with an editor's note, a broadcast transcript. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
class PageInputTest {

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    private static String translated() {
        return String.join("\n", FakeOpenAi.get().received().stream().filter(FakeOpenAi.Received::isTranslation)
                .map(FakeOpenAi.Received::user).toList());
    }

    @Test
    void htmlPageAnswersLikeText() {
        given().contentType("text/html; charset=utf-8").body(Articles.pageBytes("marked-up.html")).header("Cache-Control", "no-cache")
                .when().post("/summarize")
                .then().statusCode(200)
                .body("title.ko", equalTo("서울시, 바이오 창업 허브에 1조3천억원 투입"))
                .body("publishedAt", equalTo("2024-07-30T11:15:00+09:00"))
                .body("reporter", equalTo("홍길동"))
                .body("paragraphs.size()", equalTo(3))
                .body("captions[0].ko", containsString("(사진=서울시 제공)"));
    }

    @Test
    void htmlFurnitureNeverReachesTheModel() {
        given().contentType("text/html; charset=utf-8").body(Articles.pageBytes("marked-up.html")).header("Cache-Control", "no-cache")
                .when().post("/summarize").then().statusCode(200);
        String sent = translated();
        for (String noise : List.of("로그인", "댓글", "많이 본", "회사소개", "광고 스크립트", "페이스북")) {
            assertFalse(sent.contains(noise), noise + " was sent for translation: " + sent);
        }
        assertTrue(sent.contains("60만㎡"), sent);
    }

    @Test
    void htmlCharsetComesFromTheMetaTagWhenContentTypeHasNone() {
        String html = "<html><head><meta charset=\"euc-kr\"></head><body><h1>부산항 컨테이너 물동량 사상 최대</h1>"
                + "<p>[부산=가상뉴스] 부산항의 올해 상반기 컨테이너 물동량이 1200만 TEU를 넘어 사상 최대를 기록했다.</p></body></html>";
        // REST Assured would add charset=ISO-8859-1 to a bare text/html; the page's own meta tag must decide.
        given().config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/html").body(html.getBytes(Charset.forName("EUC-KR"))).header("Cache-Control", "no-cache")
                .when().post("/summarize")
                .then().statusCode(200)
                .body("title.ko", equalTo("부산항 컨테이너 물동량 사상 최대"));
    }

    @Test
    void htmlNotValidInItsCharsetIsRefused() {
        given().contentType("text/html; charset=utf-8").body("<p>서울\u0000</p>".getBytes(Charset.forName("EUC-KR")))
                .when().post("/summarize")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void wireEditorsNoteIsAnsweredApartAndTranslated() {
        given().contentType("text/plain; charset=utf-8").body(Articles.pageBytes("wire.txt")).header("Cache-Control", "no-cache")
                .when().post("/summarize")
                .then().statusCode(200)
                .body("note.ko", startsWith("<※ 편집자주 = "))
                .body("note.en", startsWith("EN(" + Romanized.of("<※ 편집자주")))
                .body("title.ko", startsWith("대구 군위 빈집"))
                .body("reporter", equalTo("홍길동"))
                .body("paragraphs.size()", equalTo(4));
    }

    @Test
    void transcriptLabelsComeBackAsEnglishLabels() {
        given().contentType("text/plain; charset=utf-8").body(Articles.pageBytes("transcript.txt")).header("Cache-Control", "no-cache")
                .when().post("/summarize")
                .then().statusCode(200)
                .body("paragraphs[0].en", startsWith("[Anchor] "))
                .body("paragraphs[3].en", startsWith("[Reporter] "))
                .body("paragraphs[6].en", startsWith("[EN(["))
                .body("paragraphs[8].ko", equalTo("지금까지 가상방송 이영호입니다."));
        assertFalse(translated().contains("제보"), "the tip line is not translated");
    }

    @Test
    void htmlRequestBodyIsDocumentedWithAnExample() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/summarize'.post.requestBody.content.'text/html'.examples.page.value",
                        containsString("itemprop=\"articleBody\""));
    }
}
