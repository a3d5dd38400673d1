package dev.yoyak.llm;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import dev.langchain4j.exception.HttpException;
import dev.yoyak.article.BackendUnavailableException;
import dev.yoyak.config.YoyakConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import io.smallrye.faulttolerance.api.Guard;

/**
 * Retries and the circuit breaker around every model call (SmallRye Fault Tolerance's programmatic guards).
 * Each call retries on its own: backend faults after an exponential backoff with jitter, or after the wait the
 * backend asked for ({@code Retry-After}, capped). Answers themselves are judged by {@link ArticleModel}. The
 * breaker sits outside the retries, so it counts each call's final outcome, not every attempt: noise that
 * retries absorb never opens it, an outage (most calls failing over the window) does.
 */
@ApplicationScoped
public class ModelGuard {

    private static final Logger LOG = Logger.getLogger(ModelGuard.class);

    private final YoyakConfig.Backend config;
    private final Guard retry;
    private final Guard breaker;
    private final MeterRegistry registry;
    private final Timer retryAfterWaits;
    private final AtomicInteger open = new AtomicInteger();
    private volatile long openedAt;

    public ModelGuard(YoyakConfig yoyak, MeterRegistry registry) {
        this.config = yoyak.backend();
        this.registry = registry;
        this.retryAfterWaits = Timer.builder("yoyak.backend.retry.after")
                .description("Waits a backend asked for (Retry-After) before a call was tried again")
                .register(registry);
        Gauge.builder("yoyak.backend.breaker.open", open, AtomicInteger::get)
                .description("1 while the circuit breaker is open or probing, else 0").register(registry);
        // Whether and how long to wait is decided per attempt (Attempts.failed): it knows the call's budget.
        CustomBackoffStrategy decided = cause -> cause instanceof Failed f ? f.waitMillis : 0;
        this.retry = Guard.create().withDescription("model call")
                .withRetry().maxRetries(Math.max(0, config.maxAttempts() - 1))
                .delay(0, ChronoUnit.MILLIS).jitter(0, ChronoUnit.MILLIS)
                // The call budget is enforced per attempt below; this only has to stay out of its way.
                .maxDuration(1, ChronoUnit.DAYS)
                .whenException(e -> e instanceof Failed f && f.retry)
                .withCustomBackoff().strategy(() -> decided).done()
                .done().build();
        YoyakConfig.Breaker b = config.breaker();
        this.breaker = !b.enabled() ? null : Guard.create().withDescription("backend")
                .withCircuitBreaker().requestVolumeThreshold(b.window()).failureRatio(b.failureRatio())
                .delay(b.delay().toMillis(), ChronoUnit.MILLIS).successThreshold(1)
                // Only outages count: a refused request is the backend answering.
                .when(e -> e instanceof Failed f && f.outage)
                .onStateChange(this::stateChanged)
                .done().build();
    }

    /**
     * Makes a model call, trying again while it fails transiently (backend faults). Whether an answer is good
     * enough to use is not decided here but by the caller ({@link ArticleModel}), which asks again itself.
     */
    public <T> T call(Supplier<T> call) {
        Attempts<T> attempts = new Attempts<>(call);
        Callable<Object> retried = () -> retry.call(attempts, Object.class);
        try {
            @SuppressWarnings("unchecked")
            T answer = (T) (breaker == null ? retried.call() : breaker.call(retried, Object.class));
            return answer;
        } catch (Failed f) {
            throw unavailable(f.getCause(), f.retryAfter);
        } catch (CircuitBreakerOpenException e) {
            long left = config.breaker().delay().toNanos() - (System.nanoTime() - openedAt);
            throw new BackendUnavailableException(
                    "the backend failed repeatedly, so calls to it are paused for a while (circuit open)", e,
                    Duration.ofNanos(Math.max(left, 0)).plusSeconds(1));
        } catch (Exception e) {
            throw unavailable(e, null);
        }
    }

    private void stateChanged(CircuitBreakerState state) {
        if (state == CircuitBreakerState.OPEN) {
            openedAt = System.nanoTime();
        }
        open.set(state == CircuitBreakerState.CLOSED ? 0 : 1);
        registry.counter("yoyak.backend.breaker.transitions", "state", state.name().toLowerCase(java.util.Locale.ROOT))
                .increment();
        LOG.warnf("Backend circuit breaker %s", state);
    }

    /** One call's attempts: decides after each failure whether, and after how long, to try again. */
    private final class Attempts<T> implements Callable<Object> {
        private final Supplier<T> call;
        private final long start = System.nanoTime();
        private int made;

        Attempts(Supplier<T> call) {
            this.call = call;
        }

        @Override
        public Object call() {
            made++;
            try {
                return call.get();
            } catch (RuntimeException e) {
                throw failed(e);
            }
        }

        private Failed failed(RuntimeException e) {
            boolean more = made < config.maxAttempts();
            if (e instanceof BackendUnavailableException || isCancellation(e)) {
                // Said by yoyak itself (no backend configured, the embedded model still loading) or a run
                // cancelled: not something another attempt or the breaker could help with.
                return new Failed(e, false, 0, false, null);
            }
            BackendBusyException busy = find(e, BackendBusyException.class);
            if (busy != null) {
                Duration wait = busy.retryAfter();
                boolean fits = wait.compareTo(config.maxRetryAfter()) <= 0 && withinBudget(wait);
                if (more && fits) {
                    count("retry-after");
                    retryAfterWaits.record(wait);
                } else if (more) {
                    LOG.warnf("The backend asked to wait %d s (HTTP %d): beyond what this call may wait, giving up",
                            wait.toSeconds(), busy.status());
                }
                return new Failed(e, more && fits, wait.toMillis(), true, wait);
            }
            HttpException http = find(e, HttpException.class);
            if (http != null && !isTransientStatus(http.statusCode())) {
                // 400, 401, 404...: trying again will not help, and it says nothing about an outage.
                return new Failed(e, false, 0, false, null);
            }
            long wait = backoff(made);
            boolean again = more && withinBudget(Duration.ofMillis(wait));
            if (again) {
                count("error");
            }
            return new Failed(e, again, wait, true, null);
        }

        private boolean withinBudget(Duration wait) {
            return System.nanoTime() - start + wait.toNanos() <= config.callBudget().toNanos();
        }
    }

    /** Exponential backoff with jitter: base × 2^(n−1), at most the configured ceiling, then 50–100 % of that. */
    private long backoff(int failedAttempts) {
        long base = config.backoff().toMillis();
        long delay = Math.min(config.maxBackoff().toMillis(), base << Math.min(failedAttempts - 1, 20));
        return delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
    }

    private void count(String reason) {
        registry.counter("yoyak.backend.retries", "reason", reason).increment();
    }

    private static boolean isTransientStatus(int status) {
        return status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
    }

    private static boolean isCancellation(Throwable e) {
        return find(e, CancellationException.class) != null || find(e, InterruptedException.class) != null;
    }

    private static <X extends Throwable> X find(Throwable e, Class<X> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static BackendUnavailableException unavailable(Throwable failure, Duration retryAfter) {
        return failure instanceof BackendUnavailableException known ? known
                : new BackendUnavailableException(reason(failure), failure, retryAfter);
    }

    /** A short reason for a failed call that names no URL or credential. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof BackendBusyException busy) {
                return "the backend answered HTTP " + busy.status() + " and asked to wait "
                        + busy.retryAfter().toSeconds() + " s";
            }
            if (t instanceof HttpException http) {
                return "the backend answered HTTP " + http.statusCode();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")
                    || String.valueOf(t.getMessage()).contains("timeout period")) {
                return "the backend did not answer in time";
            }
            if (t instanceof java.net.ConnectException) {
                return "the backend could not be reached";
            }
        }
        return "the backend call failed (" + failure.getClass().getSimpleName() + ")";
    }

    /**
     * One failed attempt, as the retry and the breaker see it: whether to try again and after how long, whether
     * it speaks of an outage, and the wait the backend asked for.
     */
    private static final class Failed extends RuntimeException {
        final boolean retry;
        final long waitMillis;
        final boolean outage;
        final transient Duration retryAfter;

        Failed(Throwable cause, boolean retry, long waitMillis, boolean outage, Duration retryAfter) {
            super(null, cause, false, false);
            this.retry = retry;
            this.waitMillis = waitMillis;
            this.outage = outage;
            this.retryAfter = retryAfter;
        }
    }
}
