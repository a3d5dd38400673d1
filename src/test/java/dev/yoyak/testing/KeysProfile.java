package dev.yoyak.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The service with API keys, a per-key rate limit and a small article limit, shared by every test of access
 * control (one application start for all of them). Each test class uses keys of its own, so no test spends
 * another's allowance.
 */
public class KeysProfile implements QuarkusTestProfile {

    /** Requests a minute each key may make. */
    public static final int PER_MINUTE = 20;
    /** Longest article, so a 413 is cheap to provoke. */
    public static final int MAX_CHARS = 3000;
    /** Keys of the access-control tests of /summarize. */
    public static final List<String> ACCESS = List.of("key-alpha", "key-beta");
    /** Keys of the compatible APIs' tests: the DeepL client's, one to use up, one in LibreTranslate bodies. */
    public static final List<String> COMPAT = List.of("deepl-key-1", "limited-key", "libre-key");
    /** Keys of the contract tests, one per request builder. */
    public static final List<String> CONTRACT = IntStream.range(0, 60).mapToObj(i -> "contract-" + i).toList();

    @Override
    public Map<String, String> getConfigOverrides() {
        List<String> keys = new ArrayList<>(ACCESS);
        keys.addAll(COMPAT);
        keys.addAll(CONTRACT);
        return Map.of("yoyak.api-keys", String.join(",", keys), "yoyak.rate-limit-per-minute", String.valueOf(PER_MINUTE),
                "yoyak.max-chars", String.valueOf(MAX_CHARS));
    }
}
