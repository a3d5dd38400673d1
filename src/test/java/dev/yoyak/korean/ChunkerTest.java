package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;

class ChunkerTest {

    private static List<String> paragraphs(int count, int linesEach) {
        List<String> lines = Corpus.korean();
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            paragraphs.add(String.join(" ", lines.subList(p * linesEach, p * linesEach + linesEach)));
        }
        return paragraphs;
    }

    @Test
    void chunksStayUnderTheBudgetAndKeepOrder() {
        List<String> paragraphs = paragraphs(40, 3);
        List<Chunker.Chunk> chunks = Chunker.pack(paragraphs, 400);
        assertTrue(chunks.size() > 1);
        chunks.forEach(chunk -> assertTrue(chunk.tokens() <= 400, "chunk of " + chunk.tokens()));
        List<Integer> order = chunks.stream().flatMap(c -> c.pieces().stream()).map(Chunker.Piece::paragraph).toList();
        assertEquals(order.stream().sorted().toList(), order);
        assertEquals(paragraphs, chunks.stream().flatMap(c -> c.pieces().stream()).map(Chunker.Piece::text).toList());
    }

    @Test
    void overLongParagraphIsCutBetweenSentencesOnly() {
        String paragraph = String.join(" ", Corpus.korean().subList(0, 30));
        List<Chunker.Chunk> chunks = Chunker.pack(List.of(paragraph), 200);
        assertTrue(chunks.size() > 1);
        String rejoined = chunks.stream().flatMap(c -> c.pieces().stream()).map(Chunker.Piece::text)
                .collect(Collectors.joining(" "));
        assertEquals(paragraph, rejoined, "nothing lost, no sentence cut");
        for (Chunker.Chunk chunk : chunks) {
            String text = chunk.pieces().get(0).text();
            assertTrue(SentenceSplitter.split(paragraph).stream().anyMatch(s -> s.strip().equals(
                    SentenceSplitter.split(text).get(0).strip())), "each piece starts at a sentence start");
        }
    }

    @Test
    void aSentenceOverTheBudgetIsCutAtSpacesWithinIt() {
        String sentence = "홍길동·김철수 ".repeat(2_000).strip() + "가 말했다.";
        List<Chunker.Chunk> chunks = Chunker.plan(List.of(sentence), 250, 1200, 300, 4);
        assertTrue(chunks.size() > 1, "cut into several chunks");
        chunks.forEach(chunk -> assertTrue(chunk.tokens() <= 1200, "chunk of " + chunk.tokens()));
        assertEquals(sentence, chunks.stream().flatMap(c -> c.pieces().stream()).map(Chunker.Piece::text)
                .collect(Collectors.joining(" ")), "cut at spaces: nothing lost");
    }

    @Test
    void aSentenceOverTheBudgetWithoutSpacesIsCutAtTheBudget() {
        String sentence = "가".repeat(3_000);
        List<Chunker.Chunk> chunks = Chunker.plan(List.of(sentence), 250, 1200, 300, 4);
        assertEquals(List.of(1200, 1200, 600), chunks.stream().map(Chunker.Chunk::tokens).toList());
    }

    @Test
    void shortArticleIsOneChunk() {
        assertEquals(1, Chunker.pack(paragraphs(3, 2), 1200).size());
    }

    @Test
    void planIsOneChunkWhenTheArticleFits() {
        List<String> paragraphs = paragraphs(3, 1);
        assertEquals(1, Chunker.plan(paragraphs, 50, 1200, 300, 4).size());
    }

    @Test
    void planStartsWithAShortLeadAndSplitsTheRestForTheSlots() {
        List<String> paragraphs = paragraphs(20, 2);
        int total = paragraphs.stream().mapToInt(TokenEstimate::of).sum();
        List<Chunker.Chunk> four = Chunker.plan(paragraphs, 250, 1200, 300, 4);
        List<Chunker.Chunk> one = Chunker.plan(paragraphs, 250, 1200, 300, 1);
        assertEquals(List.of(new Chunker.Piece(0, paragraphs.get(0))), four.get(0).pieces(), "the lead is the first paragraph");
        assertTrue(one.size() < four.size(), "fewer, larger chunks for one slot: " + one.size() + " vs " + four.size());
        assertEquals((int) Math.ceil((total - TokenEstimate.of(paragraphs.get(0))) / 1200.0), one.size() - 1);
        for (List<Chunker.Chunk> plan : List.of(one, four)) {
            plan.forEach(chunk -> assertTrue(chunk.tokens() <= 1200, "chunk of " + chunk.tokens()));
            List<Integer> order = plan.stream().flatMap(c -> c.pieces().stream()).map(Chunker.Piece::paragraph).toList();
            assertEquals(java.util.stream.IntStream.range(0, 20).boxed().toList(), order, "every paragraph once, in order");
        }
        List<Integer> sizes = four.subList(1, four.size()).stream().map(Chunker.Chunk::tokens).toList();
        assertTrue(four.size() - 1 >= 4 && sizes.stream().mapToInt(i -> i).max().getAsInt()
                < 2 * sizes.stream().mapToInt(i -> i).min().getAsInt(), "balanced: " + sizes);
    }
}
