package dev.yoyak.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** YOYAK_MODEL picks a pinned preset; an unknown name stops the configuration with the list of presets. */
class ModelPresetTest {

    private static SmallRyeConfig config(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of("yoyak.cache.dir", "target/x", "yoyak.model.dir", "target/x"));
        all.putAll(values);
        // Quarkus's own converter reads "10s"-style durations, as in the running service.
        return new SmallRyeConfigBuilder().withMapping(YoyakConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(io.quarkus.runtime.configuration.MemorySize.class, 100,
                        new io.quarkus.runtime.configuration.MemorySizeConverter())
                .withSources(new PropertiesConfigSource(all, "test", 500)).build();
    }

    @Test
    void defaultIsTheQwenPreset() {
        YoyakConfig config = config(Map.of()).getConfigMapping(YoyakConfig.class);
        assertEquals(ModelPreset.QWEN2_5_1_5B, config.model().name());
    }

    @Test
    void presetIsPickedByName() {
        YoyakConfig config = config(Map.of("yoyak.model.name", "gemma3-4b")).getConfigMapping(YoyakConfig.class);
        assertEquals("gemma3", config.model().name().family());
        assertEquals("google_gemma-3-4b-it-Q4_K_M.gguf", config.model().name().fileName());
    }

    @Test
    void unknownNameFailsWithTheListOfPresets() {
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> config(Map.of("yoyak.model.name", "llama-70b")).getConfigMapping(YoyakConfig.class));
        String message = e.getMessage() + (e.getCause() == null ? "" : e.getCause().getMessage());
        assertTrue(message.contains("llama-70b"), message);
        for (ModelPreset preset : ModelPreset.ALL) {
            assertTrue(message.contains(preset.name()), message);
        }
    }

    @Test
    void everyPresetIsPinnedToARevisionAndAChecksum() {
        for (ModelPreset preset : ModelPreset.ALL) {
            assertTrue(preset.url().matches("https://huggingface\\.co/[^/]+/[^/]+/resolve/[0-9a-f]{40}/[^/]+\\.gguf"),
                    preset.url());
            assertTrue(preset.sha256().matches("[0-9a-f]{64}"), preset.name());
            assertTrue(preset.bytes() > 100_000_000L, preset.name());
        }
    }
}
