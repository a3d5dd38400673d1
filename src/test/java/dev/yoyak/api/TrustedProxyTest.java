package dev.yoyak.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.FakeOpenAiResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Behind a configured trusted proxy (here the test client's own address), the client is the rightmost
 * {@code X-Forwarded-For} entry the proxy did not add: clients behind one ingress are throttled apart, and an
 * address a client writes in front of its own changes nothing.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindProxy.class)
@WithTestResource(FakeOpenAiResource.class)
class TrustedProxyTest {

    /** Keys, the default wrong-key allowance, and 127.0.0.1 as the trusted proxy. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("yoyak.api-keys", "right-key", "yoyak.auth-failures-per-minute", "10",
                    "yoyak.trusted-proxies", "127.0.0.1,10.0.0.0/8");
        }
    }

    @Test
    void eachForwardedClientHasItsOwnAllowance() {
        for (int i = 0; i < 10; i++) {
            assertEquals(401, WrongKeysTest.wrong("203.0.113.7"));
        }
        assertEquals(429, WrongKeysTest.wrong("203.0.113.7"), "the guessing client is stopped");
        assertEquals(429, WrongKeysTest.wrong("192.0.2.1, 203.0.113.7"), "a spoofed entry on the left changes nothing");
        assertEquals(429, WrongKeysTest.wrong("203.0.113.7, 10.1.2.3"), "a second trusted hop is looked through");
        assertEquals(401, WrongKeysTest.wrong("203.0.113.8"), "another client behind the same proxy is not");
    }
}
