package dev.yoyak.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.yoyak.config.YoyakConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The keys file the deploy manifests mount from the operator's Secret: it locks the service, or stops its start. */
class ApiKeysFileTest {

    @TempDir
    Path dir;

    /** Settings with only {@code YOYAK_API_KEYS_FILE} set. */
    private static YoyakConfig keysFile(Path file) {
        return (YoyakConfig) Proxy.newProxyInstance(YoyakConfig.class.getClassLoader(),
                new Class<?>[] {YoyakConfig.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "apiKeysFile" -> Optional.of(file);
                    case "rateLimitPerMinute" -> OptionalInt.empty();
                    case "authFailuresPerMinute" -> 10;
                    default -> Optional.empty();
                });
    }

    private static AccessControl accessControl(YoyakConfig config) {
        return new AccessControl(config, new SimpleMeterRegistry(), new ClientAddress(config));
    }

    @Test
    void aFileWithoutAKeyStopsTheStartInsteadOfOpeningTheService() throws IOException {
        Path file = Files.writeString(dir.resolve("api-keys"), "\n# no key yet\n   \n");
        var error = assertThrows(IllegalStateException.class,
                () -> accessControl(keysFile(file)));
        assertTrue(error.getMessage().contains("holds no key"), error.getMessage());
    }

    @Test
    void theFilesKeysAreRequired() throws IOException {
        Path file = Files.writeString(dir.resolve("api-keys"), "k-one\n# comment\nk-two\n");
        AccessControl access = accessControl(keysFile(file));
        assertTrue(access.keysRequired());
        assertTrue(access.accepts("k-two", "10.0.0.1"));
        assertFalse(access.accepts("change-me-1", "10.0.0.1"));
    }
}
