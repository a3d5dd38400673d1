package dev.yoyak.testing;

/** The size of a model: what a random-weight GGUF must match to run at the real model's speed. */
public record ModelShape(String name, ModelFamily family, int blocks, int embed, int heads, int kvHeads, int headSize,
        int feedForward, int vocabulary, int slidingWindow) {

    /** Qwen2.5-1.5B-Instruct (config.json): tied embeddings. */
    public static final ModelShape QWEN2_5_1_5B = new ModelShape("qwen2.5-1.5b", ModelFamily.QWEN2, 28, 1536, 12, 2,
            128, 8960, 151_936, 0);
    /** Gemma 3 1B instruct: head size 256 apart from the width, one KV head, window 512, tied embeddings. */
    public static final ModelShape GEMMA3_1B = new ModelShape("gemma3-1b", ModelFamily.GEMMA3, 26, 1152, 4, 1, 256,
            6912, 262_144, 512);
    /** Gemma 3 4B instruct (text part): window 1024, tied embeddings. */
    public static final ModelShape GEMMA3_4B = new ModelShape("gemma3-4b", ModelFamily.GEMMA3, 34, 2560, 8, 4, 256,
            10240, 262_144, 1024);

    /** The shape of a preset, by name. */
    public static ModelShape named(String name) {
        for (ModelShape shape : new ModelShape[] { QWEN2_5_1_5B, GEMMA3_1B, GEMMA3_4B }) {
            if (shape.name.equals(name)) {
                return shape;
            }
        }
        throw new IllegalArgumentException("no shape named " + name);
    }

    /**
     * The tiny test shape of a family: 64 wide, 2 blocks — 6 for Gemma 3, whose every sixth block is the global
     * one: with sliding-window blocks only, llama.cpp b4916 leaves the global mask unallocated and crashes.
     */
    static ModelShape tiny(ModelFamily family, int vocabulary) {
        return new ModelShape("tiny-" + family.arch(), family, family == ModelFamily.GEMMA3 ? 6 : 2, 64, 4, family == ModelFamily.QWEN2 ? 2 : 4, 16, 128,
                vocabulary, 32);
    }
}
