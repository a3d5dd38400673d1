package dev.yoyak.testing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Small budgets, shared by the tests that need a short article to take many model calls: chunks of about 60
 * tokens translated one at a time (a run has several steps to watch and to stop), and notes condensed before the
 * summary (every kind of call runs).
 */
public class SmallChunks implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("yoyak.chunking.max-tokens", "60", "yoyak.chunking.summary-tokens", "60",
                "yoyak.chunking.lead-tokens", "100", "yoyak.chunking.min-tokens", "100",
                "yoyak.concurrency.per-request", "1");
    }
}
