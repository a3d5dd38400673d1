package dev.yoyak.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.TestConfig;
import io.smallrye.config.SmallRyeConfig;

/** YOYAK_MODEL picks a pinned preset; an unknown name stops the configuration with the list of presets. */
class ModelPresetTest {

    private static SmallRyeConfig config(Map<String, String> values) {
        return TestConfig.config(values);
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
