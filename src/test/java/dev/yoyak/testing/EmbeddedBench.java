package dev.yoyak.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.DoubleSupplier;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import de.kherud.llama.args.CacheType;

/**
 * The JNI engine's speed on a random-weight GGUF of a preset's shape (run by bench/embedded.sh, not by the
 * tests): prompt tokens/s on a Korean article, and generation tokens/s with 1, 2 and 4 sequences at once, each
 * measured {@code bench.runs} times after one uncounted warm-up. Wall-clock rates first (what a user waits),
 * CPU-time rates as a secondary figure. Prints one JSON object per preset and engine setting.
 */
public final class EmbeddedBench {

    private EmbeddedBench() {
    }

    /**
     * args: output dir, preset names… ({@code tiny}: the generated test model, for a quick smoke run). System
     * properties: bench.gen (tokens per sequence, 48), bench.runs (5), bench.slots (1,2,4), bench.threads (all cores), bench.batch,
     * bench.ubatch, bench.flashAttn, bench.kv (f16 | q8_0 | q4_0), bench.mlock, bench.noMmap.
     */
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        String article = article();
        int gen = Integer.getInteger("bench.gen", 48);
        int runs = Integer.getInteger("bench.runs", 5);
        int threads = Integer.getInteger("bench.threads", Runtime.getRuntime().availableProcessors());
        for (int i = 1; i < args.length; i++) {
            Path file = modelFile(dir, args[i]);
            if (Boolean.getBoolean("bench.writeOnly")) {
                continue;
            }
            try (LlamaModel model = new LlamaModel(parameters(file, threads))) {
                int promptTokens = model.encode(article).length;
                StringBuilder json = new StringBuilder(String.format(Locale.ROOT,
                        "{\"preset\":\"%s\",\"setting\":\"%s\",\"file_bytes\":%d,\"prompt_tokens\":%d,"
                                + "\"english_tokens_est\":%d,\"runs\":%d",
                        args[i], setting(threads), Files.size(file), promptTokens, english().length() / 4, runs));
                json.append(measure("prompt", runs, threads, promptTokens, () -> run(model, article, 1)));
                for (String n : System.getProperty("bench.slots", "1,2,4").split(",")) {
                    int slots = Integer.parseInt(n.trim());
                    json.append(measure("gen_" + slots, runs, threads, slots * gen,
                            () -> runParallel(model, slots, gen)));
                }
                System.out.println(json.append('}'));
            }
        }
        System.exit(0); // a JVM that loaded llama.cpp does not always exit by itself
    }

    private static Path modelFile(Path dir, String name) throws Exception {
        if (name.equals("tiny")) {
            return TinyGguf.write(dir.resolve("tiny-bench.gguf"));
        }
        ModelShape shape = ModelShape.named(name);
        Path file = dir.resolve("random-" + shape.name() + ".gguf");
        if (!Files.exists(file)) {
            RealSizeGguf.write(file, shape);
        }
        return file;
    }

    /** The engine as yoyak loads it (EmbeddedEngine), with the setting under test on top. */
    private static ModelParameters parameters(Path file, int threads) {
        ModelParameters p = new ModelParameters().setModel(file.toString()).setCtxSize(8192).setThreads(threads)
                .setParallel(4).setGpuLayers(0).disableLog();
        Integer batch = Integer.getInteger("bench.batch");
        if (batch != null) {
            p.setBatchSize(batch);
        }
        Integer ubatch = Integer.getInteger("bench.ubatch");
        if (ubatch != null) {
            p.setUbatchSize(ubatch);
        }
        if (Boolean.getBoolean("bench.flashAttn")) {
            p.enableFlashAttn();
        }
        String kv = System.getProperty("bench.kv");
        if (kv != null) {
            CacheType type = CacheType.valueOf(kv.toUpperCase(Locale.ROOT));
            p.setCacheTypeK(type).setCacheTypeV(type);
        }
        if (Boolean.getBoolean("bench.mlock")) {
            p.enableMlock();
        }
        if (Boolean.getBoolean("bench.noMmap")) {
            p.disableMmap();
        }
        return p;
    }

    private static String setting(int threads) {
        StringBuilder s = new StringBuilder("threads=" + threads);
        for (String key : new String[] { "batch", "ubatch", "flashAttn", "kv", "mlock", "noMmap" }) {
            String value = System.getProperty("bench." + key);
            if (value != null) {
                s.append(' ').append(key).append('=').append(value);
            }
        }
        return s.toString();
    }

    /**
     * One figure: a warm-up, then {@code runs} timed runs of {@code work} producing {@code tokens} tokens each;
     * min/median/max of the wall-clock rate and the median CPU-time rate (tokens ÷ (process CPU s ÷ threads)).
     */
    private static String measure(String name, int runs, int threads, int tokens, Work work) throws Exception {
        work.run();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t = System.nanoTime();
            long c = cpuNanos();
            work.run();
            double seconds = (System.nanoTime() - t) / 1e9;
            double cpuSeconds = (cpuNanos() - c) / 1e9 / threads;
            wall[r] = tokens / seconds;
            cpu[r] = tokens / Math.max(cpuSeconds, 1e-3); // a tiny model's run can take no measurable CPU
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        DoubleSupplier median = () -> wall[runs / 2];
        return String.format(Locale.ROOT, ",\"%s_tps\":%.1f,\"%s_tps_min\":%.1f,\"%s_tps_max\":%.1f,\"%s_tps_cpu\":%.1f",
                name, median.getAsDouble(), name, wall[0], name, wall[runs - 1], name, cpu[runs / 2]);
    }

    /** A timed piece of work. */
    private interface Work {
        void run() throws Exception;
    }

    /**
     * CPU time of the whole process (llama.cpp's native threads included): tokens ÷ (CPU seconds ÷ threads)
     * estimates the rate with the cores to itself; threads that spin while waiting make it an underestimate.
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

    private static void run(LlamaModel model, String prompt, int predict) {
        for (var ignored : model.generate(new InferenceParameters(prompt).setNPredict(predict).setTemperature(0f)
                .setCachePrompt(false))) {
            // tokens are counted by the caller; only the time matters
        }
    }

    /** {@code slots} sequences, each a short distinct prompt and {@code gen} tokens, generating at once. */
    private static void runParallel(LlamaModel model, int slots, int gen) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(slots);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int s = 0; s < slots; s++) {
                String prompt = "서울 " + s;
                futures.add(pool.submit(() -> model.generate(new InferenceParameters(prompt).setNPredict(gen)
                        .setIgnoreEos(true).setTemperature(0f).setCachePrompt(false)).forEach(o -> { })));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
