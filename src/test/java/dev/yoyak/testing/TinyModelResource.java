package dev.yoyak.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Runs the service on the embedded backend with a tiny GGUF that this resource writes. */
public class TinyModelResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-models"));
            Path model = TinyGguf.write(dir.resolve("yoyak-tiny.gguf"));
            return Map.of(
                    "yoyak.provider", "embedded",
                    "yoyak.model.path", model.toAbsolutePath().toString(),
                    "yoyak.embedded.context-size", "16384", // byte-level tokens make prompts long
                    "yoyak.embedded.parallel", "2",
                    "yoyak.embedded.max-tokens", "256",
                    "yoyak.embedded.native-dir", dir.resolve("native").toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // The file stays in target/ for inspection; mvn clean removes it.
    }
}
