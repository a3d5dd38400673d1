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
    public enum State { IDLE, WAITING, VERIFYING, DOWNLOADING, LOADING, READY, FAILED }

    private final YoyakConfig config;
    private final ModelDownloader downloader;
    private volatile State state = State.IDLE;
    private volatile String detail = "not started";
    private volatile LlamaModel model;
    private volatile ChatModel chatModel;
    private volatile String identity;
    private volatile String broken;

    public EmbeddedEngine(YoyakConfig config) {
        this.config = config;
        YoyakConfig.Model model = config.model();
        this.downloader = new ModelDownloader(model.downloadBackoff(), model.downloadMaxBackoff(), model.downloadStall());
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

    /** Model id answers are attributed to: the GGUF file's name without extension. */
    public String modelId() {
        return modelFile().getFileName().toString().replaceFirst("(?i)\\.gguf$", "");
    }

    /**
     * The model's identity in cache keys: its file's SHA-256 once verified (else the pinned one it will be
     * verified against), so another revision under the same file name never meets the old model's answers.
     */
    public String modelIdentity() {
        String sha256 = identity != null ? identity : expectedSha256();
        return modelId() + "@sha256:" + (sha256 != null ? sha256.toLowerCase(java.util.Locale.ROOT) : "unverified");
    }

    /** Why the engine can never become ready without an operator (a wrong checksum), or empty. */
    public Optional<String> brokenReason() {
        return Optional.ofNullable(broken);
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
            // Loaded while the folder is still held: llama.cpp's loader also clears and rewrites its native library
            // in the native folder, which two instances starting together must not do at once.
            ensureFile(file -> {
                status(State.LOADING, "the embedded model is loading from " + file);
                load(file);
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("model preparation was interrupted");
        } catch (ModelDownloader.DownloadException e) {
            // Retrying cannot fix it: liveness goes DOWN so an orchestrator restarts or replaces the instance.
            broken = e.getMessage();
            fail(e.getMessage());
        } catch (IOException | RuntimeException | UnsatisfiedLinkError e) {
            fail(e.getMessage());
        }
    }

    /** What is done with the verified model file while its folder is still held. */
    interface ModelUse {
        void use(Path file) throws IOException;
    }

    /**
     * Makes the model file ready and hands it to {@code then}: under the folder lock (another instance downloading
     * the same file is waited for), the file at the final path is checked against its SHA-256 (hashed once, then
     * remembered by size and time), a wrong file is replaced by a fresh download, a missing one downloaded.
     */
    Path ensureFile(ModelUse then) throws IOException, InterruptedException {
        Path file = modelFile();
        boolean local = config.model().path().isPresent();
        if (local && !Files.isRegularFile(file)) {
            throw new IOException("YOYAK_MODEL_PATH points to " + file + ", which is not a file");
        }
        String expected = expectedSha256();
        ModelFolder folder;
        try {
            folder = ModelFolder.lock(file, () -> status(State.WAITING,
                    "another instance is downloading or verifying " + file + "; waiting for it"));
        } catch (IOException e) {
            if (!local) {
                throw e;
            }
            // A read-only folder (a mounted volume) keeps no record: the file is hashed on every start instead.
            status(State.VERIFYING, "verifying " + file + " (SHA-256)");
            check(file, ModelDownloader.sha256(file), expected);
            then.use(file);
            return file;
        }
        try (folder) {
            Optional<String> found = folder.checksum(() -> status(State.VERIFYING, "verifying " + file + " (SHA-256)"));
            if (found.isPresent() && (local || expected == null || found.get().equalsIgnoreCase(expected))) {
                check(file, found.get(), expected);
            } else {
                if (found.isPresent()) {
                    LOG.warnf("%s does not have the expected SHA-256 (%s); downloading it again", file, found.get());
                    folder.forget();
                    Files.delete(file);
                }
                download(file, expected);
                folder.remember(expected);
                check(file, expected, expected);
            }
            then.use(file);
            return file;
        }
    }

    /** Takes a file's checksum as the model's identity, if it is the one expected (any, when none is pinned). */
    private void check(Path file, String sha256, String expected) throws IOException {
        if (expected != null && !sha256.equalsIgnoreCase(expected)) {
            throw new ModelDownloader.DownloadException(file + " has SHA-256 " + sha256 + ", not the expected "
                    + expected + " (YOYAK_MODEL_SHA256)");
        }
        identity = sha256.toLowerCase(java.util.Locale.ROOT);
        LOG.infof("Model file %s verified (SHA-256 %s)", file, identity);
    }

    private String expectedSha256() {
        if (config.model().path().isPresent() || config.model().url().isPresent()) {
            return config.model().sha256().map(String::strip).orElse(null);
        }
        return config.model().name().sha256();
    }

    private void download(Path file, String sha256) throws IOException, InterruptedException {
        if (!config.model().download()) {
            throw new IOException("the model " + file + " is missing and downloads are switched off (YOYAK_MODEL_DOWNLOAD=false)");
        }
        if (sha256 == null) {
            throw new IOException("YOYAK_MODEL_URL is set without YOYAK_MODEL_SHA256; a download is only trusted "
                    + "against its SHA-256");
        }
        String url = downloadUrl();
        status(State.DOWNLOADING, "the embedded model is downloading from " + url);
        LOG.infof("Downloading the embedded model from %s to %s", url, file);
        long[] lastLog = { 0 };
        downloader.download(URI.create(url), sha256, file, (bytes, total, rate) -> {
            String progress = ModelDownloader.describe(bytes, total, rate);
            status(State.DOWNLOADING, "the embedded model is downloading: " + progress);
            long now = System.nanoTime();
            if (now - lastLog[0] > PROGRESS_LOG_NANOS || bytes == total) {
                lastLog[0] = now;
                LOG.infof("Model download: %s", progress);
            }
        }, (failures, reason, wait) -> {
            status(State.DOWNLOADING, "the model download failed " + failures + " time(s), last: " + reason
                    + "; retrying in " + Math.max(1, wait.toSeconds()) + " s");
            LOG.warnf("Model download failed (%s); retrying in %d ms", reason, wait.toMillis());
        });
        LOG.infof("Model downloaded and verified: %s", file);
    }

    private void status(State next, String text) {
        state = next;
        detail = text;
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
