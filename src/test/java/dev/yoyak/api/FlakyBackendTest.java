package dev.yoyak.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.BreakerOn;
import dev.yoyak.testing.Corpus;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.FlakyBackend.Fault;
import dev.yoyak.testing.FlakyBackend;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A flaky backend (30 % 5xx, 10 % malformed, 10 % truncated answers, at random with a fixed seed) over 20
 * articles: retries and re-asks absorb it (a paragraph unusable three times running is named, never silent), the
 * circuit breaker stays closed, and nothing malformed or partial is ever cached.
 */
@QuarkusTest
@TestProfile(BreakerOn.class)
@WithTestResource(FakeOpenAiResource.class)
class FlakyBackendTest {

    private static final int ARTICLES = 20;

    /** Article i: a headline, byline, dateline and six two-sentence paragraphs from the corpus dev split. */
    private static String article(int i) {
        List<String> lines = Corpus.korean();
        int at = 100 + i * 13;
        StringBuilder text = new StringBuilder(lines.get(at)).append("\n\n홍길동 기자 2024.07.30 11:15\n\n[서울=가상뉴스] ");
        for (int p = 0; p < 6; p++) {
            text.append(lines.get(at + 1 + 2 * p)).append(' ').append(lines.get(at + 2 + 2 * p)).append("\n\n");
        }
        return text.append("ⓒ가상뉴스 무단전재 및 재배포 금지").toString();
    }

    private static Response post(String article) {
        return given().contentType(ContentType.JSON).body(Map.of("text", article)).post("/summarize");
    }

    /** True when the answer names something it could not get right (an error check): it is never cached. */
    private static boolean named(JsonPath answer) {
        return !answer.getList("checks.findAll { it.severity == 'error' }").isEmpty();
    }

    /** Each paragraph translated whole, or left empty and named by an error check about its Korean. */
    private static void assertWholeOrNamed(JsonPath answer, String what) {
        List<Map<String, String>> checks = answer.getList("checks.findAll { it.severity == 'error' }");
        for (Map<String, String> pair : answer.<Map<String, String>>getList("paragraphs")) {
            boolean whole = FakeOpenAi.english(pair.get("ko")).equals(pair.get("en"));
            boolean namedEmpty = pair.get("en").isEmpty()
                    && checks.stream().anyMatch(c -> c.get("source").equals(pair.get("ko")));
            assertTrue(whole || namedEmpty, what + ": a paragraph neither whole nor named: " + pair);
        }
    }

    /** Every paragraph and the headline translated by the fake's standard reply, and the summary whole. */
    private static void assertWhole(JsonPath answer, String what) {
        List<Map<String, String>> pairs = new ArrayList<>(answer.getList("paragraphs"));
        pairs.add(answer.getMap("title"));
        pairs.removeIf(pair -> pair.get("ko").isEmpty());
        assertTrue(pairs.size() >= 6, what + ": paragraphs " + pairs.size());
        for (Map<String, String> pair : pairs) {
            assertEquals(FakeOpenAi.english(pair.get("ko")), pair.get("en"), what + ": a paragraph not translated whole");
        }
        assertTrue(answer.getString("summary.en").startsWith("Summary of: "), what + ": summary " + answer.getString("summary.en"));
        assertTrue(answer.getString("summary.ko").startsWith("요약: "), what);
        assertEquals(0, answer.getList("checks.findAll { it.kind == 'omission' }").size(),
                what + ": omissions " + answer.getList("checks"));
    }

    /** How often the breaker opened since start (other tests of this profile may have opened it before). */
    private static double openings() {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith("yoyak_backend_breaker_transitions_total{state=\"open\"}"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void faultsAreAbsorbedAndNothingBrokenIsCached() {
        FakeOpenAi fake = FakeOpenAi.get();
        fake.reset();
        FlakyBackend flaky = new FlakyBackend(13, 0.30, 0.10, 0.10);
        fake.respond(flaky);

        double openingsBefore = openings();
        List<Integer> statuses = new ArrayList<>();
        java.util.Set<Integer> namedOnes = new java.util.HashSet<>();
        long started = System.nanoTime();
        for (int i = 0; i < ARTICLES; i++) {
            Response response = post(article(i));
            statuses.add(response.statusCode());
            if (response.statusCode() == 200 && named(response.jsonPath())) {
                namedOnes.add(i);
                assertWholeOrNamed(response.jsonPath(), "article " + i);
            } else if (response.statusCode() == 200) {
                assertWhole(response.jsonPath(), "article " + i);
            }
        }
        long ok = statuses.stream().filter(s -> s == 200).count();
        System.out.printf("Flaky backend: %d of %d articles 200 (%s; %d naming a paragraph still unusable) in %d ms; "
                + "%d replies: %d errors, %d malformed, %d truncated%n", ok, ARTICLES, statuses, namedOnes.size(), (System.nanoTime() - started) / 1_000_000, flaky.total(),
                flaky.count(Fault.ERROR), flaky.count(Fault.MALFORMED), flaky.count(Fault.TRUNCATED));
        assertTrue(ok >= ARTICLES * 0.9, "at least 90 % of the articles come back: " + statuses);
        assertTrue(namedOnes.size() <= 2, "re-asks absorb nearly all unusable answers: " + namedOnes);
        // The faults were really there, in about the proportions asked for.
        double errors = (double) flaky.count(Fault.ERROR) / flaky.total();
        assertTrue(errors > 0.2 && errors < 0.4, "5xx share " + errors);
        assertTrue(flaky.count(Fault.MALFORMED) > 0 && flaky.count(Fault.TRUNCATED) > 0);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 503), "only 200 or 503: " + statuses);
        assertEquals(openingsBefore, openings(), "the noise never opened the circuit breaker");

        // Now the backend is down: what was cached is whole, and what failed was not cached.
        fake.respond(request -> Reply.error(500));
        for (int i = 0; i < ARTICLES; i++) {
            Response again = post(article(i));
            if (statuses.get(i) == 200 && !namedOnes.contains(i)) {
                assertEquals(200, again.statusCode(), "article " + i + " was answered, so it was cached");
                assertTrue(again.jsonPath().getBoolean("cached"));
                assertWhole(again.jsonPath(), "cached article " + i);
            } else {
                assertEquals(503, again.statusCode(), "article " + i + " failed or named a fault, so it was not cached");
            }
        }
        fake.reset();
    }
}
