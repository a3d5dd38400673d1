package dev.yoyak.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny GGUF (v3) of one {@link ModelFamily} that the real llama.cpp engine loads and runs: 2 blocks,
 * 64-wide, the family's tensor names, hyper-parameters, special tokens and real chat template, a
 * SentencePiece-style vocabulary with all 256 byte tokens (so Korean text tokenizes by byte fallback).
 *
 * <p>The weights make it a bigram model: the blocks' output projections are zero, so the next token depends on
 * the current one only, through {@code output.weight}. Free text comes out as " Seoul city said." and JSON
 * under a grammar as strings of "a" — nonsense, but deterministic and complete, so every code path after the
 * engine (parsing, guardrails, caching) runs for real.
 */
public final class TinyGguf {

    private static final int EMBED = 64;

    private TinyGguf() {
    }

    /** Writes the llama-architecture model (ChatML template) to {@code file} and returns it. */
    public static Path write(Path file) throws IOException {
        return write(file, ModelFamily.LLAMA);
    }

    /** Writes the tiny model of {@code family} to {@code file} and returns it. */
    public static Path write(Path file, ModelFamily family) throws IOException {
        List<String> tokens = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        family.baseVocabulary(tokens, types);
        for (String piece : new String[] { "▁", "▁the", "▁a", "e", "t", "a", "o", "n", "s", "[", "]", "1", "2", "{", "}",
                "\"", ":", ",", "▁Seoul", "▁city", "▁said", "." }) {
            tokens.add(piece);
            types.add(1);
        }
        int vocab = tokens.size();
        float[] scores = new float[vocab];
        for (int i = 0; i < vocab; i++) {
            scores[i] = types.get(i) == 1 ? -1f * i / vocab : 0f;
        }
        ModelShape shape = ModelShape.tiny(family, vocab);

        GgufWriter gguf = new GgufWriter();
        gguf.kv("general.architecture", family.arch()).kv("general.name", "yoyak-tiny-" + family.arch());
        family.hyperParameters(shape).forEach(gguf::kv);
        family.tokenizer(tokens, types.stream().mapToInt(Integer::intValue).toArray(), scores).forEach(gguf::kv);

        long[] embedding = { EMBED, vocab };
        float[][] logits = bigramLogits(tokens, family.endOfTurn);
        boolean tied = family == ModelFamily.GEMMA3;
        gguf.tensor("token_embd.weight", GgufWriter.Type.F32, embedding, GgufWriter.f32(e -> e % EMBED
                == (tied ? tiedBasis(tokens.get((int) (e / EMBED)), family) : basis(tokens.get((int) (e / EMBED)))) ? 1 : 0));
        gguf.tensor("output_norm.weight", GgufWriter.Type.F32, new long[] { EMBED }, GgufWriter.f32(e -> 1));
        if (!tied) {
            gguf.tensor("output.weight", GgufWriter.Type.F32, embedding,
                    GgufWriter.f32(e -> logits[(int) (e / EMBED)][(int) (e % EMBED)]));
        }
        float[][] next = tied ? tiedLogits(tokens, logits, family) : null;
        Random random = new Random(42);
        for (int b = 0; b < shape.blocks(); b++) {
            for (ModelFamily.BlockTensor t : family.blockTensors(shape)) {
                GgufWriter.Data data = switch (t.kind()) {
                    case NORM -> GgufWriter.f32(e -> 1);
                    // Blocks add nothing to the residual stream: the output depends on the last token alone.
                    case OUTPUT_PROJECTION, BIAS -> GgufWriter.f32(e -> 0);
                    case WEIGHT -> GgufWriter.f32(e -> random.nextGaussian() * 0.02);
                };
                if (tied && b == 0) {
                    data = tiedBigram(t.name(), shape.feedForward(), next, data);
                }
                gguf.tensor("blk." + b + "." + t.name(), GgufWriter.Type.F32, t.dims(), data);
            }
        }
        return gguf.write(file);
    }

    /** Tokens whose successor is fixed; every other token shares basis 0, whose successor is end of turn. */
    private static final List<String> SOURCES = List.of("<0x0A>", "▁Seoul", "▁city", "▁said", "\"", "<0x22>", "a");
    private static final Map<String, String> NEXT = Map.of("<0x0A>", "▁Seoul", "▁Seoul", "▁city", "▁city", "▁said",
            "▁said", ".", "\"", "a", "<0x22>", "a", "a", "\"");
    /** Mild preferences that steer grammar-constrained output to short, closed JSON. */
    private static final Map<String, Float> STRUCTURE = Map.of(",", 0.6f, ":", 0.6f, "\"", 0.6f, "}", 0.6f,
            "]", 0.7f, "{", 0.5f);
    private static final float STRONG = 10f;

    private static int basis(String token) {
        return SOURCES.indexOf(token) + 1;
    }

    /**
     * Gemma 3 in llama.cpp b4916 always ties its output to token_embd, whose one-hot rows cannot say "after A
     * comes B". So the first block's feed-forward does it instead: gate and up pass the one-hot basis k through
     * (GELU(8) × 8 on unit k), down writes the wanted logits of every basis after k, and a post-norm weight of 100
     * lets them outweigh the token's own embedding. Every token the bigram names gets a basis of its own.
     */
    private static GgufWriter.Data tiedBigram(String tensor, int feedForward, float[][] next, GgufWriter.Data other) {
        return switch (tensor) {
            case "ffn_gate.weight", "ffn_up.weight" -> GgufWriter.f32(e -> e / EMBED == e % EMBED ? 1 : 0);
            case "ffn_down.weight" -> GgufWriter.f32(e -> e % feedForward < EMBED
                    ? next[(int) (e % feedForward)][(int) (e / feedForward)] : 0);
            case "post_ffw_norm.weight" -> GgufWriter.f32(e -> 100);
            default -> other;
        };
    }

    private static List<String> designed(ModelFamily family) {
        List<String> designed = new ArrayList<>(SOURCES);
        for (String t : List.of(".", family.endOfTurn, ",", ":", "}", "]", "{")) {
            if (!designed.contains(t)) {
                designed.add(t);
            }
        }
        return designed;
    }

    private static int tiedBasis(String token, ModelFamily family) {
        return designed(family).indexOf(token) + 1;
    }

    /** next[k][b]: the logit of the tokens of basis b after a token of basis k, from the untied design. */
    private static float[][] tiedLogits(List<String> tokens, float[][] logits, ModelFamily family) {
        List<String> designed = designed(family);
        float[][] next = new float[EMBED][EMBED];
        for (int k = 0; k <= designed.size(); k++) {
            int source = k == 0 ? 0 : basis(designed.get(k - 1));
            for (int b = 1; b <= designed.size(); b++) {
                next[k][b] = logits[tokens.indexOf(designed.get(b - 1))][source];
            }
        }
        return next;
    }

    /** output.weight rows: the logit of token t after a token of basis k is 8 × rows[t][k] (RMS norm of a one-hot). */
    private static float[][] bigramLogits(List<String> tokens, String endOfTurn) {
        float[][] rows = new float[tokens.size()][EMBED];
        for (int t = 0; t < tokens.size(); t++) {
            float preference = STRUCTURE.getOrDefault(tokens.get(t), 0f);
            for (int k = 0; k <= SOURCES.size(); k++) {
                rows[t][k] = preference;
            }
        }
        rows[tokens.indexOf(endOfTurn)][0] = STRONG;
        NEXT.forEach((from, to) -> rows[tokens.indexOf(to)][basis(from)] = STRONG);
        return rows;
    }

}
