package dev.yoyak.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;

/**
 * The JNI engine's speed on a random-weight GGUF of a preset's shape (run by bench/embedded.sh, not by the
 * tests): prompt tokens/s on a Korean article, and generation tokens/s with 1, 2 and 4 sequences at once.
 * Prints one JSON object per preset.
 */
public final class EmbeddedBench {

    private EmbeddedBench() {
    }

    /** args: output dir, preset names…; system property bench.gen (tokens per sequence, default 48). */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        String article = article();
        int gen = Integer.getInteger("bench.gen", 48);
        for (int i = 1; i < args.length; i++) {
            ModelShape shape = ModelShape.named(args[i]);
            Path file = dir.resolve("random-" + shape.name() + ".gguf");
            if (!Files.exists(file)) {
                RealSizeGguf.write(file, shape);
            }
            if (Boolean.getBoolean("bench.writeOnly")) {
                continue;
            }
            int threads = Runtime.getRuntime().availableProcessors();
            try (LlamaModel model = new LlamaModel(new ModelParameters().setModel(file.toString()).setCtxSize(8192)
                    .setThreads(threads).setParallel(4).setGpuLayers(0).disableLog())) {
                int promptTokens = model.encode(article).length;
                long start = System.nanoTime();
                long cpu = cpuNanos();
                run(model, article, 1);
                double promptSeconds = (System.nanoTime() - start) / 1e9;
                double promptCpu = (cpuNanos() - cpu) / 1e9 / threads;
                StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                        "{\"preset\":\"%s\",\"file_bytes\":%d,\"prompt_tokens\":%d,\"english_tokens_est\":%d,"
                                + "\"prompt_tps\":%.1f,\"prompt_tps_cpu\":%.1f",
                        shape.name(), Files.size(file), promptTokens, english().length() / 4,
                        promptTokens / promptSeconds, promptTokens / promptCpu));
                for (int slots : new int[] { 1, 2, 4 }) {
                    long t = System.nanoTime();
                    long c = cpuNanos();
                    runParallel(model, slots, gen);
                    double seconds = (System.nanoTime() - t) / 1e9;
                    double cpuSeconds = (cpuNanos() - c) / 1e9 / threads;
                    json.append(String.format(Locale.ROOT, ",\"gen_tps_%d\":%.1f,\"gen_tps_%d_cpu\":%.1f", slots,
                            slots * gen / seconds, slots, slots * gen / cpuSeconds));
                }
                System.out.println(json.append('}'));
            }
        }
        System.exit(0); // a JVM that loaded llama.cpp does not always exit by itself
    }

    /**
     * CPU time of the whole process (llama.cpp's native threads included). On a shared machine, tokens ÷ (CPU
     * seconds ÷ threads) estimates the rate the engine would reach with the cores to itself; threads that spin
     * while waiting make it an underestimate.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The English reference of the same 10 lines (about 4 characters a token). */
    private static String english() throws Exception {
        return String.join(" ", Files.readAllLines(corpus().resolve("korean-english-park.test.en"),
                StandardCharsets.UTF_8).subList(0, 10));
    }

    private static Path corpus() {
        return Path.of(System.getProperty("yoyak.corpus.dir", System.getenv().getOrDefault("YOYAK_CORPUS_DIR",
                "../shared/corpus")));
    }

    /** 10 lines of the corpus test split: the eval's article size. */
    private static String article() throws Exception {
        List<String> lines = Files.readAllLines(corpus().resolve("korean-english-park.test.ko"), StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(0, 10));
    }

    private static int run(LlamaModel model, String prompt, int predict) {
        int n = 0;
        for (var ignored : model.generate(new InferenceParameters(prompt).setNPredict(predict).setTemperature(0f)
                .setCachePrompt(false))) {
            n++;
        }
        return n;
    }

    /** {@code slots} sequences, each a short distinct prompt and {@code gen} tokens, generating at once. */
    private static void runParallel(LlamaModel model, int slots, int gen) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(slots);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                String prompt = "서울 " + s;
                futures.add(pool.submit(() -> model.generate(new InferenceParameters(prompt).setNPredict(gen)
                        .setIgnoreEos(true).setTemperature(0f)).forEach(o -> { })));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
