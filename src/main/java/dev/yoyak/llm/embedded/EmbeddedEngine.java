package dev.yoyak.llm.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import de.kherud.llama.LlamaModel;
import de.kherud.llama.ModelParameters;
import dev.langchain4j.model.chat.ChatModel;
import dev.yoyak.config.ModelPreset;
import dev.yoyak.config.YoyakConfig;

/**
 * The embedded backend's life: find or download the GGUF, load it into llama.cpp in the background, serve
 * chat calls, close on shutdown. Until it is ready, or if it cannot be, {@link #problem()} says why.
 */
@ApplicationScoped
public class EmbeddedEngine {

    private static final Logger LOG = Logger.getLogger(EmbeddedEngine.class);
    private static final long PROGRESS_LOG_NANOS = 5_000_000_000L;

    /** How far the engine has come. */
    public enum State { IDLE, DOWNLOADING, LOADING, READY, FAILED }

    private final YoyakConfig config;
    private final ModelDownloader downloader = new ModelDownloader();
    private volatile State state = State.IDLE;
    private volatile String detail = "not started";
    private volatile LlamaModel model;
    private volatile ChatModel chatModel;

    public EmbeddedEngine(YoyakConfig config) {
        this.config = config;
    }

    /** Starts finding, downloading and loading the model on a daemon thread; returns at once. */
    public synchronized void start() {
        if (state != State.IDLE) {
            return;
        }
        state = State.LOADING;
        detail = "starting";
        Thread loader = new Thread(this::prepare, "yoyak-model-loader");
        // A daemon: a download in progress must never hold up shutdown.
        loader.setDaemon(true);
        loader.start();
    }

    /** The model file this configuration uses: the given path, or the download's name in the model folder. */
    public Path modelFile() {
        return config.model().path().orElseGet(() -> {
            String url = downloadUrl();
            return config.model().dir().resolve(url.substring(url.lastIndexOf('/') + 1));
        });
    }

    /** Where the model comes from: YOYAK_MODEL_URL if set, else the preset's pinned URL. */
    private String downloadUrl() {
        return config.model().url().orElse(config.model().name().url());
    }

    /** Model id for answers and cache keys: the GGUF file's name without extension. */
    public String modelId() {
        return modelFile().getFileName().toString().replaceFirst("(?i)\\.gguf$", "");
    }

    /** Current state. */
    public State state() {
        return state;
    }

    /** Why the engine cannot answer now, or empty when it can. */
    public Optional<String> problem() {
        return state == State.READY ? Optional.empty() : Optional.of(detail);
    }

    /** The chat model; only valid when {@link #state()} is READY. */
    public ChatModel chatModel() {
        return chatModel;
    }

    private void prepare() {
        try {
            Path file = ensureFile();
            state = State.LOADING;
            detail = "the embedded model is loading from " + file;
            load(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("model preparation was interrupted");
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            fail(e.getMessage());
        }
    }

    private Path ensureFile() throws IOException, InterruptedException {
        Path file = modelFile();
        if (config.model().path().isPresent()) {
            if (!Files.isRegularFile(file)) {
                throw new IOException("YOYAK_MODEL_PATH points to " + file + ", which is not a file");
            }
            return file;
        }
        if (Files.isRegularFile(file)) {
            return file;
        }
        if (!config.model().download()) {
            throw new IOException("the model " + file + " is missing and downloads are switched off (YOYAK_MODEL_DOWNLOAD=false)");
        }
        String url = downloadUrl();
        String sha256 = config.model().url().isPresent() ? config.model().sha256().orElse(null)
                : config.model().name().sha256();
        if (sha256 == null) {
            throw new IOException("YOYAK_MODEL_URL is set without YOYAK_MODEL_SHA256; a download is only trusted "
                    + "against its SHA-256");
        }
        state = State.DOWNLOADING;
        detail = "the embedded model is downloading from " + url;
        LOG.infof("Downloading the embedded model from %s to %s", url, file);
        long[] lastLog = { 0 };
        downloader.download(URI.create(url), sha256, file, (bytes, total, rate) -> {
            String progress = ModelDownloader.describe(bytes, total, rate);
            detail = "the embedded model is downloading: " + progress;
            long now = System.nanoTime();
            if (now - lastLog[0] > PROGRESS_LOG_NANOS || bytes == total) {
                lastLog[0] = now;
                LOG.infof("Model download: %s", progress);
            }
        });
        LOG.infof("Model downloaded and verified: %s", file);
        return file;
    }

    private void load(Path file) {
        Path nativeDir = config.embedded().nativeDir().orElse(config.model().dir().resolve("native"));
        try {
            Files.createDirectories(nativeDir);
            // java-llama.cpp unpacks its JNI library here instead of the shared /tmp.
            System.setProperty("de.kherud.llama.tmpdir", nativeDir.toString());
        } catch (IOException e) {
            LOG.warnf("Cannot use %s for the native library (%s); using the default temp dir", nativeDir, e.getMessage());
        }
        int threads = config.embedded().threads().orElse(Runtime.getRuntime().availableProcessors());
        long start = System.nanoTime();
        ModelParameters parameters = new ModelParameters()
                .setModel(file.toString())
                .setCtxSize(config.embedded().contextSize())
                .setThreads(threads)
                .setParallel(config.embedded().parallel())
                .setGpuLayers(0)
                .disableLog();
        if (config.embedded().flashAttention()) {
            parameters.enableFlashAttn();
        }
        LlamaModel loaded = new LlamaModel(parameters);
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        model = loaded;
        chatModel = new LlamaChatModel(loaded, modelId(), config.embedded().maxTokens(), config.embedded().parallel());
        state = State.READY;
        detail = "ready";
        LOG.infof("Embedded model %s loaded in %d ms (%d threads, context %d, %d slot(s))", modelId(), loadMillis,
                threads, config.embedded().contextSize(), config.embedded().parallel());
    }

    private void fail(String reason) {
        state = State.FAILED;
        detail = "The embedded model is not available: " + reason + ". Set YOYAK_MODEL to a preset ("
                + ModelPreset.names() + "), YOYAK_MODEL_PATH=/path/model.gguf to use a local file, or YOYAK_MODEL_URL and YOYAK_MODEL_SHA256 to download another one, or use an "
                + "OpenAI-compatible backend (YOYAK_PROVIDER=openai, QUARKUS_LANGCHAIN4J_OPENAI_BASE_URL).";
        LOG.error(detail);
    }

    /** Frees the native model. */
    @PreDestroy
    void close() {
        LlamaModel current = model;
        model = null;
        if (current != null) {
            current.close();
        }
    }
}
