package dev.yoyak.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import dev.yoyak.config.YoyakConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** yoyak's settings built outside Quarkus, for plain unit tests: defaults plus the given values. */
public final class TestConfig {

    private TestConfig() {
    }

    /** The configuration with {@code values} over the defaults (cache and model folders under target/x). */
    public static SmallRyeConfig config(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(Map.of("yoyak.cache.dir", "target/x", "yoyak.model.dir", "target/x"));
        all.putAll(values);
        // Quarkus's own converters read "10s"-style durations and "1G" sizes, as in the running service.
        return new SmallRyeConfigBuilder().withMapping(YoyakConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withConverter(MemorySize.class, 100, new MemorySizeConverter())
                .withSources(new PropertiesConfigSource(all, "test", 500)).build();
    }

    /** The settings mapping with {@code values} over the defaults. */
    public static YoyakConfig of(Map<String, String> values) {
        return config(values).getConfigMapping(YoyakConfig.class);
    }
}
