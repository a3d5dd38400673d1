package dev.yoyak.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Points the service under test at the in-JVM {@link FakeOpenAi}. */
public class FakeOpenAiResource implements QuarkusTestResourceLifecycleManager {

    /** Model name the tests expect the backend to receive. */
    public static final String MODEL = "fake-model-1";

    @Override
    public Map<String, String> start() {
        return Map.of(
                "yoyak.provider", "openai",
                "quarkus.langchain4j.openai.base-url", FakeOpenAi.get().baseUrl(),
                "quarkus.langchain4j.openai.api-key", "test-key",
                "quarkus.langchain4j.openai.chat-model.model-name", MODEL,
                // Short enough for the timeout test to stay quick, long enough for a loaded CI machine.
                "quarkus.langchain4j.openai.timeout", "3s",
                // The packaged service of the IT runs in the prod profile: keep its cache out of the home dir.
                "yoyak.cache.dir", "target/test-cache");
    }

    @Override
    public void stop() {
        // The fake lives as long as the test JVM; other test classes reuse it.
    }
}
