package dev.yoyak.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a random-weight GGUF of a real model's shape ({@link ModelShape}) for speed measurements: Q4_K
 * matrices (Q4_0 where a row is not a multiple of 256 values, as llama.cpp's own Q4_K_M falls back), F32 norms,
 * tied embeddings, and a SentencePiece-style vocabulary of the real size in which every Hangul syllable is one
 * token (close to the real tokenizers on Korean; byte fallback alone would triple prompt lengths).
 * Output is gibberish; the files are gigabytes and belong in target/ or /tmp, never in git.
 */
public final class RealSizeGguf {

    /** 2e-4 and 1e-4 as IEEE half floats (Float.floatToFloat16 needs Java 20). */
    private static final short F16_2E_4 = 0x0A8E;
    private static final short F16_1E_4 = 0x068E;

    private RealSizeGguf() {
    }

    /** Writes {@code shape} to {@code file}. */
    public static Path write(Path file, ModelShape shape) throws IOException {
        ModelFamily family = shape.family();
        List<String> tokens = new ArrayList<>();
        List<Integer> types = new ArrayList<>();
        family.baseVocabulary(tokens, types);
        tokens.add("▁");
        types.add(1);
        for (char c = '가'; c <= '힣' && tokens.size() + 2 <= shape.vocabulary(); c++) {
            tokens.add(String.valueOf(c));
            tokens.add("▁" + c);
            types.add(1);
            types.add(1);
        }
        for (int i = 0; tokens.size() < shape.vocabulary(); i++) {
            tokens.add("▁w" + i);
            types.add(1);
        }
        float[] scores = new float[tokens.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = types.get(i) == 1 ? -1f * i / scores.length : 0f;
        }
        GgufWriter gguf = new GgufWriter();
        gguf.kv("general.architecture", family.arch()).kv("general.name", "random-" + shape.name());
        family.hyperParameters(shape).forEach(gguf::kv);
        family.tokenizer(tokens, types.stream().mapToInt(Integer::intValue).toArray(), scores).forEach(gguf::kv);

        Random random = new Random(7);
        gguf.tensor("token_embd.weight", type(shape.embed()), new long[] { shape.embed(), shape.vocabulary() },
                quantized(type(shape.embed()), random));
        gguf.tensor("output_norm.weight", GgufWriter.Type.F32, new long[] { shape.embed() }, GgufWriter.f32(e -> 1));
        for (int b = 0; b < shape.blocks(); b++) {
            for (ModelFamily.BlockTensor t : family.blockTensors(shape)) {
                boolean vector = t.dims().length == 1;
                GgufWriter.Type type = vector ? GgufWriter.Type.F32 : type(t.dims()[0]);
                GgufWriter.Data data = vector ? GgufWriter.f32(e -> t.kind() == ModelFamily.Kind.NORM ? 1 : 0)
                        : quantized(type, random);
                gguf.tensor("blk." + b + "." + t.name(), type, t.dims(), data);
            }
        }
        return gguf.write(file);
    }

    private static GgufWriter.Type type(long rowValues) {
        return rowValues % 256 == 0 ? GgufWriter.Type.Q4_K : GgufWriter.Type.Q4_0;
    }

    /**
     * Random quantized blocks with small scales (f16 d ≈ 2e-4, dmin ≈ 1e-4) so activations stay finite through
     * every block; the quant bits themselves are random.
     */
    private static GgufWriter.Data quantized(GgufWriter.Type type, Random random) {
        return (out, bytes) -> {
            byte[] chunk = new byte[type.blockBytes * 4096];
            long written = 0;
            while (written < bytes) {
                int n = (int) Math.min(chunk.length, bytes - written);
                random.nextBytes(chunk);
                for (int at = 0; at + type.blockBytes <= n; at += type.blockBytes) {
                    ByteBuffer head = ByteBuffer.wrap(chunk, at, 4).order(ByteOrder.LITTLE_ENDIAN);
                    head.putShort(F16_2E_4);
                    if (type == GgufWriter.Type.Q4_K) {
                        head.putShort(F16_1E_4);
                    }
                }
                out.write(chunk, 0, n);
                written += n;
            }
        };
    }
}
