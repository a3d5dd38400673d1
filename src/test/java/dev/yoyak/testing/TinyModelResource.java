package dev.yoyak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Runs the service on the embedded backend with a tiny GGUF (qwen2 family, the default preset's) that this resource writes. */
public class TinyModelResource implements QuarkusTestResourceLifecycleManager {

    /** The family of the tiny model. */
    protected ModelFamily family() {
        return ModelFamily.QWEN2;
    }

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-models"));
            String name = family() == ModelFamily.QWEN2 ? "yoyak-tiny" : "yoyak-tiny-" + family().arch();
            Path model = TinyGguf.write(dir.resolve(name + ".gguf"), family());
            return Map.of(
                    "yoyak.provider", "embedded",
                    "yoyak.model.path", model.toAbsolutePath().toString(),
                    "yoyak.embedded.context-size", "16384", // byte-level tokens make prompts long
                    "yoyak.embedded.parallel", "2",
                    "yoyak.embedded.max-tokens", "256",
                    // A JNI library binds to one class loader: each test app unpacks its own copy.
                    "yoyak.embedded.native-dir", dir.resolve("native-" + name).toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The file stays in target/ for inspection; mvn clean removes it.
    }
}
