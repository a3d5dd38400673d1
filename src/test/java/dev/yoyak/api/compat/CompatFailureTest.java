package dev.yoyak.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.article.OverloadedException;

/** Pipeline failures keep each protocol's statuses. */
class CompatFailureTest {

    @Test
    void overloadIs429WithRetryAfter() {
        CompatFailure failure = CompatFailure.from(new OverloadedException("All slots busy.", Duration.ofSeconds(7)),
                null, 456, 413);
        assertEquals(429, failure.status());
        assertEquals(7, failure.retryAfterSeconds());
        assertEquals("7", failure.response("message").getHeaderString("Retry-After"));
    }

    @Test
    void quotaIs456ForDeepLAnd429ForLibreTranslate() {
        var quota = new CompatTranslator.QuotaExceededException("over");
        assertEquals(456, CompatFailure.from(quota, null, 456, 413).status());
        assertEquals(429, CompatFailure.from(quota, null, 429, 400).status());
    }

    @Test
    void tooLongIs413ForDeepLAnd400ForLibreTranslate() {
        var tooLong = new ArticleRejectedException(ArticleRejectedException.Reason.TOO_LONG, "long");
        assertEquals(413, CompatFailure.from(tooLong, null, 456, 413).status());
        assertEquals(400, CompatFailure.from(tooLong, null, 429, 400).status());
    }
}
