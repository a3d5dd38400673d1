package dev.yoyak.llm;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import dev.yoyak.korean.KoreanText;
import dev.yoyak.testing.Corpus;
import dev.yoyak.testing.FakeOpenAi.Received;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAiResource;
import dev.yoyak.testing.SmallChunks;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/**
 * Several articles at once: every model call carries one system and one user message of one article (plus at
 * most its own re-ask), never a conversation and never another article's text.
 */
@QuarkusTest
@TestProfile(SmallChunks.class)
@WithTestResource(FakeOpenAiResource.class)
class IsolationTest {

    private static final int ARTICLES = 5;
    private static final int PARAGRAPHS = 8;
    private static final int LINES_PER_PARAGRAPH = 2;

    private final FakeOpenAi fake = FakeOpenAi.get();
    /** Corpus lines of each article, normalized as the service sees them. */
    private final List<List<String>> lines = new ArrayList<>();
    private final List<String> articles = new ArrayList<>();
    /** Kinds of call whose first answer was already spoiled, so each re-ask runs once. */
    private final Set<String> spoiled = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void articlesAndBackend() {
        List<String> corpus = Corpus.korean();
        for (int a = 0; a < ARTICLES; a++) {
            List<String> mine = new ArrayList<>();
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < PARAGRAPHS; p++) {
                int from = 700 + a * 50 + p * LINES_PER_PARAGRAPH;
                List<String> chunk = corpus.subList(from, from + LINES_PER_PARAGRAPH);
                chunk.forEach(line -> mine.add(KoreanText.normalize(line).strip()));
                paragraphs.add(String.join(" ", chunk));
            }
            lines.add(mine);
            articles.add(String.join("\n\n", paragraphs));
        }
        fake.reset();
        // The first summary fails, the next is not JSON, so the retry and the re-ask for parseable output run; the first lead chunk
        // lacks its last paragraph, so the omission re-ask runs too.
        fake.respond(request -> {
            if (request.isSummary() && spoiled.add("summary-fault")) {
                return Reply.error(500); // a fault first: the retry of the same call must not carry its turns
            }
            if (request.isSummary() && request.body().path("messages").size() == 2 && spoiled.add("summary")) {
                return Reply.ok("Sorry, here it is: not JSON");
            }
            if (request.isTranslation() && request.asksNames() && spoiled.add("chunk")) {
                List<String> paragraphs = request.paragraphs();
                return Reply.ok(FakeOpenAi.translate(paragraphs.subList(0, paragraphs.size() - 1), p -> FakeOpenAi.english(p)));
            }
            return FakeOpenAi.standardReply(request);
        });
    }

    @Test
    void everyCallCarriesOneArticleAndNoHistory() {
        for (int round = 0; round < 2; round++) {
            List<CompletableFuture<Void>> runs = new ArrayList<>();
            for (String article : articles) {
                runs.add(CompletableFuture.runAsync(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("text", article, "cache", false)).post("/summarize").then().statusCode(200)));
            }
            runs.forEach(CompletableFuture::join);
        }
        List<Received> received = fake.received();
        Map<String, Long> kinds = received.stream().collect(Collectors.groupingBy(IsolationTest::kind, Collectors.counting()));
        System.out.println("calls by kind: " + kinds);
        assertFalse(kinds.containsKey("unknown"), "every call is a known kind: " + kinds);
        for (String kind : List.of("translation", "summary", "notes")) {
            assertTrue(kinds.getOrDefault(kind, 0L) >= 2 * ARTICLES, "each article made a " + kind + " call: " + kinds);
        }
        for (Received request : received) {
            assertMessages(request);
            Set<Integer> owners = owners(request);
            assertTrue(owners.size() <= 1, kind(request) + " call carries text of articles " + owners + ": " + request.user());
            if (request.isTranslation()) {
                assertEquals(1, owners.size(), "a " + kind(request) + " call carries its article's text");
            }
        }
    }

    /** One system and one user message: re-asks (fault, unparseable summary, omission) are fresh calls. */
    private static void assertMessages(Received request) {
        List<String> roles = new ArrayList<>();
        request.body().path("messages").forEach(m -> roles.add(m.path("role").asText()));
        assertEquals(List.of("system", "user"), roles, "one system and one user message");
    }

    /** The articles whose corpus lines occur in the request's messages. */
    private Set<Integer> owners(Received request) {
        StringBuilder all = new StringBuilder();
        request.body().path("messages").forEach(m -> all.append(m.path("content").asText()).append('\n'));
        String text = all.toString();
        Set<Integer> owners = new java.util.TreeSet<>();
        for (int a = 0; a < lines.size(); a++) {
            for (String line : lines.get(a)) {
                // The opening of a line identifies it; an opening another article shares identifies nothing.
                String key = line.substring(0, Math.min(line.length(), 20));
                boolean shared = false;
                for (int b = 0; b < articles.size(); b++) {
                    shared |= b != a && KoreanText.normalize(articles.get(b)).contains(key);
                }
                if (key.length() >= 12 && !shared && text.contains(key)) {
                    owners.add(a);
                }
            }
        }
        return owners;
    }

    private static String kind(Received request) {
        return request.isTranslation() ? "translation" : request.isSummary() ? "summary"
                : request.isNotes() ? "notes" : "unknown";
    }
}
