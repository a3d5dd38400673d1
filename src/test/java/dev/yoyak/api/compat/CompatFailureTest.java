package dev.yoyak.api.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import dev.yoyak.api.FailureMapping;
import dev.yoyak.article.ArticleRejectedException;
import dev.yoyak.article.OverloadedException;
import dev.yoyak.article.QuotaExceededException;
import dev.yoyak.testing.TestConfig;

/** Pipeline failures, mapped once, keep each protocol's statuses. */
class CompatFailureTest {

    private final FailureMapping failures = new FailureMapping(TestConfig.of(Map.of()));

    private CompatFailure deepL(Throwable e) {
        return CompatFailure.from(failures.of(e), 456, 413);
    }

    private CompatFailure libreTranslate(Throwable e) {
        return CompatFailure.from(failures.of(e), 429, 400);
    }

    @Test
    void overloadIs429WithRetryAfter() {
        CompatFailure failure = deepL(new OverloadedException("All slots busy.", Duration.ofSeconds(7)));
        assertEquals(429, failure.status());
        assertEquals(7, failure.retryAfterSeconds());
        assertEquals("7", failure.response("message").getHeaderString("Retry-After"));
    }

    @Test
    void quotaIs456ForDeepLAnd429ForLibreTranslate() {
        var quota = new QuotaExceededException("over");
        assertEquals(456, deepL(quota).status());
        assertEquals(429, libreTranslate(quota).status());
    }

    @Test
    void tooLongIs413ForDeepLAnd400ForLibreTranslate() {
        var tooLong = new ArticleRejectedException(ArticleRejectedException.Reason.TOO_LONG, "long");
        assertEquals(413, deepL(tooLong).status());
        assertEquals(400, libreTranslate(tooLong).status());
    }

    @Test
    void aFailureOfAnAsynchronousRunIsAnsweredAsTheFailureItself() {
        var notKorean = new ArticleRejectedException(ArticleRejectedException.Reason.NOT_KOREAN, "no Hangul");
        assertEquals(400, deepL(new CompletionException(notKorean)).status());
        assertEquals("no Hangul", deepL(new CompletionException(notKorean)).message());
    }
}
