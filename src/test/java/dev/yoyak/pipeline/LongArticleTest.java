package dev.yoyak.pipeline;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.yoyak.korean.KoreanText;
import dev.yoyak.korean.TokenEstimate;
import dev.yoyak.testing.ChrF;
import dev.yoyak.testing.Corpus;
import dev.yoyak.testing.CorpusOracle;
import dev.yoyak.testing.FakeOpenAi;
import dev.yoyak.testing.FakeOpenAi.Reply;
import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A long article of real news text goes through chunked translation with nothing lost, doubled or reordered. */
@QuarkusTest
@QuarkusTestResource(value = FakeOpenAiResource.class, restrictToAnnotatedClass = true)
class LongArticleTest {

    private static final int LINES = 300;
    private static final int LINES_PER_PARAGRAPH = 5;

    private final FakeOpenAi fake = FakeOpenAi.get();
    private final List<String> korean = Corpus.korean().subList(0, LINES);
    private final List<String> reference = Corpus.english().subList(0, LINES);
    private final CorpusOracle oracle = new CorpusOracle(korean, reference);

    @BeforeEach
    void oracleBackend() {
        fake.reset();
        fake.respond(request -> request.isTranslation()
                ? Reply.ok(FakeOpenAi.translate(request.paragraphs(), oracle::translate))
                : FakeOpenAi.standardReply(request));
    }

    private String article() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < LINES; i += LINES_PER_PARAGRAPH) {
            paragraphs.add(String.join(" ", korean.subList(i, i + LINES_PER_PARAGRAPH)));
        }
        return String.join("\n\n", paragraphs);
    }

    private JsonPath post(String article) {
        return given().contentType(ContentType.JSON).body(Map.of("text", article, "cache", false))
                .post("/summarize").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void everyReferenceSentenceComesBackOnceInOrder() {
        JsonPath answer = post(article());
        String translation = answer.getString("translation");
        String joinedReference = String.join(" ", reference.stream().map(String::strip).toList());
        double chrF = ChrF.score(translation, joinedReference);
        System.out.printf("chrF of a %d-line article against the reference: %.2f%n", LINES, chrF);
        assertTrue(chrF >= 99, "chrF " + chrF);

        int from = 0;
        for (String sentence : reference) {
            int at = translation.indexOf(sentence.strip(), from);
            assertTrue(at >= 0, "missing or out of order: " + sentence);
            from = at + sentence.strip().length();
        }
        assertEquals(LINES / LINES_PER_PARAGRAPH, answer.getList("paragraphs").size());
        assertTrue(answer.getInt("chunks") > 1, "a long article is chunked");
    }

    @Test
    void chunkPromptsCostAtMostOnePointSixTimesTheSource() {
        String article = article();
        JsonPath answer = post(article);
        int source = TokenEstimate.of(KoreanText.normalize(article));
        int translationPrompts = 0;
        int allPrompts = 0;
        for (FakeOpenAi.Received request : fake.received()) {
            int tokens = TokenEstimate.of(request.system()) + TokenEstimate.of(request.user());
            allPrompts += tokens;
            if (request.isTranslation()) {
                translationPrompts += tokens;
                // Bounded by the chunk budget (1,200) plus headline, glossary and context, whatever the article's length.
                assertTrue(TokenEstimate.of(request.user()) < 1_600, "a chunk prompt of " + TokenEstimate.of(request.user()));
            }
        }
        double ratio = (double) translationPrompts / source;
        System.out.printf("prompt tokens ÷ source tokens: translation %.2f, all passes %.2f (%d chunks, %d calls)%n",
                ratio, (double) allPrompts / source, answer.getInt("chunks"), fake.received().size());
        assertTrue(ratio <= 1.6, "translation prompts ÷ source = " + ratio);
    }

    @Test
    void longArticleIsSummarizedMapReduce() {
        post(article());
        assertTrue(fake.count(FakeOpenAi.Received::isNotes) > 1, "one note per part");
        assertEquals(1, fake.count(FakeOpenAi.Received::isSummary), "one final summary");
        int longestSummaryPrompt = fake.received().stream().filter(FakeOpenAi.Received::isSummary)
                .mapToInt(r -> TokenEstimate.of(r.user())).max().orElseThrow();
        assertTrue(longestSummaryPrompt < TokenEstimate.of(article()) / 4, "the reduce step sees notes, not the article");
    }
}
