package dev.yoyak.korean;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs paragraphs into chunks under a token budget, in order. A paragraph that alone exceeds the budget is
 * cut between sentences; a single sentence over the budget (no news sentence is: an attacker's or a broken
 * paste's) is cut at a space within the budget, so no chunk ever exceeds it.
 */
public final class Chunker {

    /** A slice of one paragraph: the whole of it, or a run of its sentences. */
    public record Piece(int paragraph, String text) {
    }

    /** Pieces translated together in one model call. */
    public record Chunk(List<Piece> pieces) {

        /** Estimated tokens of the chunk's text. */
        public int tokens() {
            return pieces.stream().mapToInt(p -> TokenEstimate.of(p.text())).sum();
        }
    }

    private Chunker() {
    }

    /** Chunks of at most {@code maxTokens} estimated tokens each (except single over-long sentences). */
    public static List<Chunk> pack(List<String> paragraphs, int maxTokens) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            pieces.addAll(pieces(i, paragraphs.get(i), maxTokens));
        }
        List<Chunk> chunks = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        int currentTokens = 0;
        for (Piece piece : pieces) {
            int tokens = TokenEstimate.of(piece.text());
            if (!current.isEmpty() && currentTokens + tokens > maxTokens) {
                chunks.add(new Chunk(List.copyOf(current)));
                current.clear();
                currentTokens = 0;
            }
            current.add(piece);
            currentTokens += tokens;
        }
        if (!current.isEmpty()) {
            chunks.add(new Chunk(List.copyOf(current)));
        }
        return chunks;
    }

    /**
     * The chunks of an article's body for a backend serving {@code parallel} calls at once. What fits in
     * {@code maxTokens} is one chunk. A longer body becomes a short lead chunk (the first texts up to
     * {@code leadTokens}, at least one) and the rest in balanced chunks of at most about {@code maxTokens}: as
     * few as the budget allows, but split further (down to {@code minTokens} each) so that {@code parallel}
     * calls can share the work and finish together.
     */
    public static List<Chunk> plan(List<String> texts, int leadTokens, int maxTokens, int minTokens, int parallel) {
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            pieces.addAll(pieces(i, texts.get(i), maxTokens));
        }
        int total = pieces.stream().mapToInt(p -> TokenEstimate.of(p.text())).sum();
        if (total <= maxTokens || pieces.size() == 1) {
            return pieces.isEmpty() ? List.of() : List.of(new Chunk(pieces));
        }
        List<Chunk> chunks = new ArrayList<>();
        int lead = 0;
        int leadSum = 0;
        while (lead < pieces.size() - 1
                && (lead == 0 || leadSum + TokenEstimate.of(pieces.get(lead).text()) <= leadTokens)) {
            leadSum += TokenEstimate.of(pieces.get(lead).text());
            lead++;
        }
        chunks.add(new Chunk(List.copyOf(pieces.subList(0, lead))));
        List<Piece> rest = pieces.subList(lead, pieces.size());
        int restTokens = total - leadSum;
        int count = Math.max(ceilDiv(restTokens, maxTokens),
                Math.min(Math.max(1, parallel), Math.max(1, restTokens / Math.max(1, minTokens))));
        double target = (double) restTokens / count;
        // A chunk ends where the next piece's middle passes the next boundary (k × target), or where it would
        // overrun the budget; a budget cut moves the boundaries on, so it never leaves a sliver behind.
        List<Piece> current = new ArrayList<>();
        int currentTokens = 0;
        int made = 1;
        int before = 0;
        for (Piece piece : rest) {
            int tokens = TokenEstimate.of(piece.text());
            boolean boundary = made < count && before + tokens / 2.0 > made * target;
            if (!current.isEmpty() && (boundary || currentTokens + tokens > maxTokens)) {
                chunks.add(new Chunk(List.copyOf(current)));
                current.clear();
                currentTokens = 0;
                made++;
            }
            current.add(piece);
            currentTokens += tokens;
            before += tokens;
        }
        if (!current.isEmpty()) {
            chunks.add(new Chunk(List.copyOf(current)));
        }
        return chunks;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    private static List<Piece> pieces(int index, String paragraph, int maxTokens) {
        if (TokenEstimate.of(paragraph) <= maxTokens) {
            return List.of(new Piece(index, paragraph));
        }
        List<Piece> result = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        TokenEstimate.Count runCount = new TokenEstimate.Count(0, 0);
        for (String sentence : SentenceSplitter.split(paragraph)) {
            // Counted as the run grows: re-reading the run for every sentence is quadratic in a paragraph of
            // thousands of short sentences.
            TokenEstimate.Count sentenceCount = TokenEstimate.Count.of(sentence);
            if (run.length() > 0 && runCount.plus(sentenceCount).tokens() > maxTokens) {
                result.add(new Piece(index, run.toString().strip()));
                run.setLength(0);
                runCount = new TokenEstimate.Count(0, 0);
            }
            if (sentenceCount.tokens() > maxTokens) {
                for (int from = 0, to; from < sentence.length(); from = to) {
                    to = TokenEstimate.cut(sentence, from, maxTokens);
                    if (!sentence.substring(from, to).isBlank()) {
                        result.add(new Piece(index, sentence.substring(from, to).strip()));
                    }
                }
                continue;
            }
            run.append(sentence);
            runCount = runCount.plus(sentenceCount);
        }
        if (!run.toString().isBlank()) {
            result.add(new Piece(index, run.toString().strip()));
        }
        return result;
    }
}
