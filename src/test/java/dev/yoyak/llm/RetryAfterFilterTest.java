package dev.yoyak.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Reading a Retry-After header value (RFC 9110: delay-seconds or HTTP date). */
class RetryAfterFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-25T22:00:00Z");

    @Test
    void secondsAreADelay() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfterFilter.parse(" 7 ", NOW));
    }

    @Test
    void anHttpDateIsTheTimeLeftUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfterFilter.parse("Wed, 25 Nov 2026 22:01:30 GMT", NOW));
    }

    @Test
    void aDateInThePastMeansNoWait() {
        assertEquals(Optional.of(Duration.ZERO), RetryAfterFilter.parse("Wed, 25 Nov 2026 21:00:00 GMT", NOW));
    }

    @Test
    void absentOrUnreadableValuesAreIgnored() {
        assertEquals(Optional.empty(), RetryAfterFilter.parse(null, NOW));
        assertEquals(Optional.empty(), RetryAfterFilter.parse("soon", NOW));
        assertEquals(Optional.empty(), RetryAfterFilter.parse("-5", NOW));
        assertEquals(Optional.empty(), RetryAfterFilter.parse("99999999999999999999999", NOW));
    }
}
