package dev.yoyak.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a tiny llama-architecture GGUF (v3) that the real llama.cpp engine loads and runs: 2 blocks, 64-wide,
 * a SentencePiece-style vocabulary with all 256 byte tokens (so Korean text tokenizes by byte fallback) and a
 * ChatML chat template.
 *
 * <p>The weights make it a bigram model: the blocks' output projections are zero, so the next token depends on
 * the current one only, through {@code output.weight}. Free text comes out as " Seoul city said." and JSON
 * under a grammar as strings of "a" — nonsense, but deterministic and complete, so every code path after the
 * engine (parsing, guardrails, caching) runs for real.
 */
public final class TinyGguf {

    private static final int ALIGNMENT = 32;
    private static final int EMBED = 64;
    private static final int FEED_FORWARD = 128;
    private static final int BLOCKS = 2;
    private static final int HEADS = 4;
    private static final String CHAT_TEMPLATE = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n'"
            + " + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    private TinyGguf() {
    }

    /** Writes the model to {@code file} and returns it. */
    public static Path write(Path file) throws IOException {
        List<String> tokens = new ArrayList<>(List.of("<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"));
        List<Integer> types = new ArrayList<>(List.of(2, 3, 3, 3, 3));
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6);
        }
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

        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("general.architecture", "llama");
        kv.put("general.name", "yoyak-tiny-test");
        kv.put("general.alignment", new U32(ALIGNMENT));
        kv.put("llama.context_length", new U32(4096));
        kv.put("llama.embedding_length", new U32(EMBED));
        kv.put("llama.block_count", new U32(BLOCKS));
        kv.put("llama.feed_forward_length", new U32(FEED_FORWARD));
        kv.put("llama.attention.head_count", new U32(HEADS));
        kv.put("llama.attention.head_count_kv", new U32(HEADS));
        kv.put("llama.rope.dimension_count", new U32(EMBED / HEADS));
        kv.put("llama.attention.layer_norm_rms_epsilon", 1e-5f);
        kv.put("llama.vocab_size", new U32(vocab));
        kv.put("tokenizer.ggml.model", "llama");
        kv.put("tokenizer.ggml.tokens", tokens);
        kv.put("tokenizer.ggml.scores", scores);
        kv.put("tokenizer.ggml.token_type", types.stream().mapToInt(Integer::intValue).toArray());
        kv.put("tokenizer.ggml.bos_token_id", new U32(1));
        kv.put("tokenizer.ggml.eos_token_id", new U32(4));
        kv.put("tokenizer.ggml.unknown_token_id", new U32(0));
        kv.put("tokenizer.chat_template", CHAT_TEMPLATE);

        Map<String, long[]> tensors = new LinkedHashMap<>();
        tensors.put("token_embd.weight", new long[] { EMBED, vocab });
        tensors.put("output_norm.weight", new long[] { EMBED });
        tensors.put("output.weight", new long[] { EMBED, vocab });
        for (int b = 0; b < BLOCKS; b++) {
            String p = "blk." + b + ".";
            tensors.put(p + "attn_norm.weight", new long[] { EMBED });
            for (String w : new String[] { "attn_q", "attn_k", "attn_v", "attn_output" }) {
                tensors.put(p + w + ".weight", new long[] { EMBED, EMBED });
            }
            tensors.put(p + "ffn_norm.weight", new long[] { EMBED });
            tensors.put(p + "ffn_gate.weight", new long[] { EMBED, FEED_FORWARD });
            tensors.put(p + "ffn_up.weight", new long[] { EMBED, FEED_FORWARD });
            tensors.put(p + "ffn_down.weight", new long[] { FEED_FORWARD, EMBED });
        }

        Buffer header = new Buffer();
        header.bytes("GGUF".getBytes(StandardCharsets.US_ASCII)).u32(3).u64(tensors.size()).u64(kv.size());
        kv.forEach((key, value) -> header.string(key).value(value));
        long offset = 0;
        List<Long> offsets = new ArrayList<>();
        for (Map.Entry<String, long[]> t : tensors.entrySet()) {
            header.string(t.getKey()).u32(t.getValue().length);
            for (long dim : t.getValue()) {
                header.u64(dim);
            }
            header.u32(0).u64(offset);
            offsets.add(offset);
            offset = align(offset + 4 * elements(t.getValue()));
        }
        float[][] logits = bigramLogits(tokens);
        Random random = new Random(42);
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] head = header.toBytes();
            out.write(head);
            out.write(new byte[(int) (align(head.length) - head.length)]);
            long written = 0;
            int i = 0;
            for (Map.Entry<String, long[]> t : tensors.entrySet()) {
                out.write(new byte[(int) (offsets.get(i++) - written)]);
                long n = elements(t.getValue());
                ByteBuffer data = ByteBuffer.allocate((int) (4 * n)).order(ByteOrder.LITTLE_ENDIAN);
                String name = t.getKey();
                for (long e = 0; e < n; e++) {
                    int token = (int) (e / EMBED);
                    int dim = (int) (e % EMBED);
                    float value;
                    if (name.contains("norm")) {
                        value = 1f;
                    } else if (name.equals("token_embd.weight")) {
                        value = dim == basis(tokens.get(token)) ? 1f : 0f;
                    } else if (name.equals("output.weight")) {
                        value = logits[token][dim];
                    } else if (name.endsWith("attn_output.weight") || name.endsWith("ffn_down.weight")) {
                        value = 0f; // blocks add nothing to the residual stream
                    } else {
                        value = (float) (random.nextGaussian() * 0.02);
                    }
                    data.putFloat(value);
                }
                out.write(data.array());
                written = offsets.get(i - 1) + 4 * n;
            }
        }
        return file;
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

    /** output.weight rows: the logit of token t after a token of basis k is 8 × rows[t][k] (RMS norm of a one-hot). */
    private static float[][] bigramLogits(List<String> tokens) {
        float[][] rows = new float[tokens.size()][EMBED];
        for (int t = 0; t < tokens.size(); t++) {
            float preference = STRUCTURE.getOrDefault(tokens.get(t), 0f);
            for (int k = 0; k <= SOURCES.size(); k++) {
                rows[t][k] = preference;
            }
        }
        rows[tokens.indexOf("<|im_end|>")][0] = STRONG;
        NEXT.forEach((from, to) -> rows[tokens.indexOf(to)][basis(from)] = STRONG);
        return rows;
    }

    private static long elements(long[] dims) {
        long n = 1;
        for (long d : dims) {
            n *= d;
        }
        return n;
    }

    private static long align(long n) {
        return (n + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    }

    private record U32(int value) {
    }

    /** A little-endian byte builder for GGUF's header. */
    private static final class Buffer {
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        Buffer bytes(byte[] b) {
            bytes.writeBytes(b);
            return this;
        }

        Buffer u32(int v) {
            return bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
        }

        Buffer u64(long v) {
            return bytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array());
        }

        Buffer f32(float v) {
            return bytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(v).array());
        }

        Buffer string(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            return u64(b.length).bytes(b);
        }

        @SuppressWarnings("unchecked")
        Buffer value(Object v) {
            if (v instanceof String s) {
                return u32(8).string(s);
            } else if (v instanceof U32 u) {
                return u32(4).u32(u.value());
            } else if (v instanceof Float f) {
                return u32(6).f32(f);
            } else if (v instanceof List<?> list) {
                u32(9).u32(8).u64(list.size());
                ((List<String>) list).forEach(this::string);
                return this;
            } else if (v instanceof float[] floats) {
                u32(9).u32(6).u64(floats.length);
                for (float f : floats) {
                    f32(f);
                }
                return this;
            } else if (v instanceof int[] ints) {
                u32(9).u32(5).u64(ints.length);
                for (int i : ints) {
                    u32(i);
                }
                return this;
            }
            throw new IllegalArgumentException("unsupported GGUF value " + v);
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }
    }
}
