package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.yoyak.article.Check;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.KnownFailures.Mode;
import dev.yoyak.testing.KnownFailures;
import dev.yoyak.testing.ParallelArticle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A small model's nine known failures, injected into an otherwise good backend on a six-paragraph article
 * (the third paragraph, or the summary): a failure whose retry is good is repaired into exactly the
 * well-behaved answer; a failure on every answer is never silent.
 */
@QuarkusTest
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class KnownFailuresTest {

    private static final ParallelArticle ARTICLE = new ParallelArticle();
    private static final String TARGET = ARTICLE.korean().get(2);

    private final FakeOpenAi fake = FakeOpenAi.get();

    @BeforeEach
    void reset() {
        fake.reset();
    }

    /** The answer as JSON, without what differs between two runs of the same article (when, from the cache). */
    private static Map<String, Object> answer() {
        JsonPath json = given().contentType(ContentType.JSON).body(Map.of("text", ARTICLE.text(), "cache", false))
                .post("/summarize").then().statusCode(200).extract().jsonPath();
        Map<String, Object> answer = new java.util.TreeMap<>(json.getMap(""));
        answer.remove("createdAt");
        answer.remove("cached");
        return answer;
    }

    private Map<String, Object> wellBehaved() {
        fake.respond(ARTICLE.backend());
        Map<String, Object> good = answer();
        fake.reset();
        return good;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> list(Map<String, Object> answer, String field) {
        return (List<Map<String, String>>) answer.get(field);
    }

    @Test
    void aWellBehavedAnswerCarriesNoValidationCheck() {
        Map<String, Object> good = wellBehaved();
        List<Map<String, String>> paragraphs = list(good, "paragraphs");
        assertEquals(ARTICLE.korean(), paragraphs.stream().map(p -> p.get("ko")).toList());
        assertEquals(ARTICLE.english(), paragraphs.stream().map(p -> p.get("en")).toList());
        assertEquals(List.of(), list(good, "checks").stream().filter(c -> Check.INVALID.contains(c.get("kind"))).toList());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFailureWhoseRetryIsGoodIsRepairedIntoTheWellBehavedAnswer(Mode mode) {
        Map<String, Object> good = wellBehaved();
        KnownFailures failing = KnownFailures.once(ARTICLE.backend(), mode, TARGET);
        fake.respond(failing);
        assertEquals(good, answer(), mode + " once");
        assertEquals(1, failing.injected(), "the failure happened");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aFailureOnEveryAnswerIsRepairedOrNamed(Mode mode) {
        Map<String, Object> good = wellBehaved();
        KnownFailures failing = KnownFailures.always(ARTICLE.backend(), mode, TARGET);
        fake.respond(failing);
        Map<String, Object> answer = answer();
        assertTrue(failing.injected() > 0, "the failure happened");
        List<Map<String, String>> checks = list(answer, "checks");
        List<Map<String, String>> paragraphs = list(answer, "paragraphs");
        List<Map<String, String>> goodParagraphs = list(good, "paragraphs");
        for (int i = 0; i < goodParagraphs.size(); i++) {
            String ko = goodParagraphs.get(i).get("ko");
            boolean repaired = paragraphs.get(i).equals(goodParagraphs.get(i));
            boolean named = checks.stream().anyMatch(c -> c.get("source").equals(ko) && "error".equals(c.get("severity")));
            assertTrue(repaired || named, mode + ": paragraph " + i + " is wrong and unnamed: " + paragraphs.get(i)
                    + " checks " + checks);
            assertTrue(!paragraphs.get(i).get("en").equals(ko), mode + ": Korean shown as the English");
        }
        System.out.printf("%s on every answer: %s, checks %s%n", mode, answer.equals(good) ? "repaired" : "named",
                checks.stream().map(c -> c.get("kind")).toList());
        boolean summaryRepaired = answer.get("summary").equals(good.get("summary"));
        boolean summaryNamed = checks.stream().anyMatch(c -> Check.SUMMARY.equals(c.get("kind")));
        assertTrue(summaryRepaired || summaryNamed, mode + ": the summary is wrong and unnamed: " + answer.get("summary"));
    }

    @Test
    void aLoopCostsAtMostTwiceTheWellBehavedOutput() {
        fake.respond(KnownFailures.once(ARTICLE.backend(), Mode.LOOP, "(no such paragraph)"));
        answer();
        long wellBehaved = fake.written();
        fake.reset();
        fake.respond(KnownFailures.once(ARTICLE.backend(), Mode.LOOP, TARGET));
        answer();
        long looping = fake.written();
        System.out.printf("Output characters: well-behaved %d, with a loop %d (%.2fx)%n", wellBehaved, looping,
                (double) looping / wellBehaved);
        assertTrue(looping <= 2 * wellBehaved, "a loop cost " + looping + " characters against " + wellBehaved);
    }
}
