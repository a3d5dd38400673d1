package dev.yoyak.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** Which per-client limit is in force for each combination of API keys and YOYAK_RATE_LIMIT_PER_MINUTE. */
class RateLimitPolicyTest {

    @Test
    void keysWithoutASettingGetTheDefaultPerKey() {
        assertEquals(120, AccessControl.perMinute(OptionalInt.empty(), true));
    }

    @Test
    void neitherKeysNorASettingMeansNoLimit() {
        assertEquals(0, AccessControl.perMinute(OptionalInt.empty(), false));
    }

    @Test
    void aSettingWinsWithOrWithoutKeys() {
        assertEquals(30, AccessControl.perMinute(OptionalInt.of(30), false));
        assertEquals(0, AccessControl.perMinute(OptionalInt.of(0), true));
    }
}
