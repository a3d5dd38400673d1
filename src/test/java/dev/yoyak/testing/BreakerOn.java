package dev.yoyak.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The circuit breaker on as in production (window 20, half failing), with a one-second pause so tests see it
 * close; results cached in memory only, so every start sees the same articles afresh (and the same faults).
 */
public class BreakerOn implements QuarkusTestProfile {

    /** How long the breaker stays open in these tests. */
    public static final long DELAY_MILLIS = 1_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yoyak.backend.breaker.enabled", "true", "yoyak.backend.breaker.delay", DELAY_MILLIS + "ms",
                "yoyak.cache.durable", "false");
    }
}
