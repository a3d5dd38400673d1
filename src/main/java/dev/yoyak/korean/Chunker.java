package dev.yoyak.korean;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs paragraphs into chunks under a token budget, in order. A paragraph that alone exceeds the budget is
 * cut between sentences, never inside one; a single sentence over the budget becomes a chunk of its own.
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

    private static List<Piece> pieces(int index, String paragraph, int maxTokens) {
        if (TokenEstimate.of(paragraph) <= maxTokens) {
            return List.of(new Piece(index, paragraph));
        }
        List<Piece> result = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (String sentence : SentenceSplitter.split(paragraph)) {
            if (run.length() > 0 && TokenEstimate.of(run + sentence) > maxTokens) {
                result.add(new Piece(index, run.toString().strip()));
                run.setLength(0);
            }
            run.append(sentence);
        }
        if (!run.toString().isBlank()) {
            result.add(new Piece(index, run.toString().strip()));
        }
        return result;
    }
}
