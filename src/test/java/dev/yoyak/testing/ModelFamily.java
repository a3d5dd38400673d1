package dev.yoyak.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What llama.cpp b4916 expects of each architecture yoyak ships: hyper-parameter keys, tensor names and shapes,
 * special tokens and the chat template. Checked against llama.cpp's loader (llama-model.cpp: hparams and
 * load_tensors for llama, qwen2 and gemma3) and the models' published tokenizer configs.
 */
public enum ModelFamily {

    /** Llama architecture with a ChatML template (the original tiny test model). */
    LLAMA("llama", List.of("<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"), "<s>", "<|im_end|>", null),
    /** Qwen2 (Qwen2.5): llama's tensors plus q/k/v biases; ChatML with a default system prompt. */
    QWEN2("qwen2", List.of("<unk>", "<|endoftext|>", "<|im_start|>", "<|im_end|>"), "<|endoftext|>", "<|im_end|>",
            "qwen2.5.jinja"),
    /**
     * Gemma 3: q/k norms and post-attention / post-feed-forward norms, sliding-window attention, head size set
     * apart from the width; no system role (the template folds the system prompt into the first user turn).
     */
    GEMMA3("gemma3", List.of("<pad>", "<eos>", "<bos>", "<unk>", "<start_of_turn>", "<end_of_turn>"), "<bos>",
            "<end_of_turn>", "gemma3.jinja");

    private static final String CHATML = "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n'"
            + " + message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}"
            + "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

    /** One tensor of a block: its name after {@code blk.N.}, shape, and what it is. */
    public record BlockTensor(String name, long[] dims, Kind kind) {
    }

    /** What a tensor does, which decides the values a generator gives it. */
    public enum Kind { NORM, WEIGHT, OUTPUT_PROJECTION, BIAS }

    final String arch;
    final List<String> specials;
    final String bos;
    final String endOfTurn;
    private final String template;

    ModelFamily(String arch, List<String> specials, String bos, String endOfTurn, String template) {
        this.arch = arch;
        this.specials = specials;
        this.bos = bos;
        this.endOfTurn = endOfTurn;
        this.template = template;
    }

    /** The architecture name in {@code general.architecture}. */
    public String arch() {
        return arch;
    }

    /** The family's real chat template string. */
    public String chatTemplate() {
        if (template == null) {
            return CHATML;
        }
        try (InputStream in = ModelFamily.class.getResourceAsStream("/chat-templates/" + template)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code <arch>.*} hyper-parameters llama.cpp reads for this shape. */
    Map<String, Object> hyperParameters(ModelShape s) {
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put(arch + ".context_length", new GgufWriter.U32(32768));
        kv.put(arch + ".embedding_length", new GgufWriter.U32(s.embed()));
        kv.put(arch + ".block_count", new GgufWriter.U32(s.blocks()));
        kv.put(arch + ".feed_forward_length", new GgufWriter.U32(s.feedForward()));
        kv.put(arch + ".attention.head_count", new GgufWriter.U32(s.heads()));
        kv.put(arch + ".attention.head_count_kv", new GgufWriter.U32(s.kvHeads()));
        kv.put(arch + ".attention.layer_norm_rms_epsilon", 1e-6f);
        kv.put(arch + ".rope.freq_base", this == LLAMA ? 10000f : 1000000f);
        if (this == GEMMA3) {
            kv.put(arch + ".attention.key_length", new GgufWriter.U32(s.headSize()));
            kv.put(arch + ".attention.value_length", new GgufWriter.U32(s.headSize()));
            kv.put(arch + ".attention.sliding_window", new GgufWriter.U32(s.slidingWindow()));
        } else {
            kv.put(arch + ".rope.dimension_count", new GgufWriter.U32(s.headSize()));
        }
        return kv;
    }

    /** The tensors of one block, in llama.cpp's names. */
    List<BlockTensor> blockTensors(ModelShape s) {
        long e = s.embed();
        long q = (long) s.heads() * s.headSize();
        long kv = (long) s.kvHeads() * s.headSize();
        List<BlockTensor> t = new ArrayList<>();
        t.add(new BlockTensor("attn_norm.weight", new long[] { e }, Kind.NORM));
        t.add(new BlockTensor("attn_q.weight", new long[] { e, q }, Kind.WEIGHT));
        t.add(new BlockTensor("attn_k.weight", new long[] { e, kv }, Kind.WEIGHT));
        t.add(new BlockTensor("attn_v.weight", new long[] { e, kv }, Kind.WEIGHT));
        if (this == QWEN2) {
            t.add(new BlockTensor("attn_q.bias", new long[] { q }, Kind.BIAS));
            t.add(new BlockTensor("attn_k.bias", new long[] { kv }, Kind.BIAS));
            t.add(new BlockTensor("attn_v.bias", new long[] { kv }, Kind.BIAS));
        }
        t.add(new BlockTensor("attn_output.weight", new long[] { q, e }, Kind.OUTPUT_PROJECTION));
        if (this == GEMMA3) {
            t.add(new BlockTensor("attn_q_norm.weight", new long[] { s.headSize() }, Kind.NORM));
            t.add(new BlockTensor("attn_k_norm.weight", new long[] { s.headSize() }, Kind.NORM));
            t.add(new BlockTensor("post_attention_norm.weight", new long[] { e }, Kind.NORM));
        }
        t.add(new BlockTensor("ffn_norm.weight", new long[] { e }, Kind.NORM));
        t.add(new BlockTensor("ffn_gate.weight", new long[] { e, s.feedForward() }, Kind.WEIGHT));
        t.add(new BlockTensor("ffn_up.weight", new long[] { e, s.feedForward() }, Kind.WEIGHT));
        t.add(new BlockTensor("ffn_down.weight", new long[] { s.feedForward(), e }, Kind.OUTPUT_PROJECTION));
        if (this == GEMMA3) {
            t.add(new BlockTensor("post_ffw_norm.weight", new long[] { e }, Kind.NORM));
        }
        return t;
    }

    /**
     * The start of every generated vocabulary: the family's special tokens (control; unk as unknown), then all 256
     * byte tokens, which llama.cpp's SentencePiece loader needs (it looks up the newline byte) and which let any
     * text tokenize by byte fallback. Token types as GGUF numbers them: 2 unknown, 3 control, 6 byte.
     */
    void baseVocabulary(List<String> tokens, List<Integer> types) {
        specials.forEach(t -> {
            tokens.add(t);
            types.add(t.equals("<unk>") ? 2 : 3);
        });
        for (int b = 0; b < 256; b++) {
            tokens.add(String.format("<0x%02X>", b));
            types.add(6);
        }
    }

    /** Tokenizer keys shared by the generators: SentencePiece-style, with this family's special tokens. */
    Map<String, Object> tokenizer(List<String> tokens, int[] types, float[] scores) {
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("tokenizer.ggml.model", "llama");
        kv.put("tokenizer.ggml.tokens", tokens);
        kv.put("tokenizer.ggml.scores", scores);
        kv.put("tokenizer.ggml.token_type", types);
        kv.put("tokenizer.ggml.bos_token_id", new GgufWriter.U32(tokens.indexOf(bos)));
        kv.put("tokenizer.ggml.eos_token_id", new GgufWriter.U32(tokens.indexOf(endOfTurn)));
        kv.put("tokenizer.ggml.unknown_token_id", new GgufWriter.U32(Math.max(0, tokens.indexOf("<unk>"))));
        kv.put("tokenizer.ggml.add_bos_token", this != QWEN2);
        kv.put("tokenizer.chat_template", chatTemplate());
        return kv;
    }
}
