package dev.yoyak.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.yoyak.cache.CacheKey;
import dev.yoyak.config.YoyakConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpServerRequest;

/**
 * Optional API keys ({@code Authorization: Bearer …} or {@code X-API-Key}) and a per-key token-bucket rate
 * limit (Bucket4j) with {@code RateLimit-*} headers, on {@code /summarize} only: Swagger UI and health stay open.
 * Keys are held as SHA-256 hashes and never logged.
 */
// Application-scoped: created on first request, when runtime configuration exists (not at static init).
@ApplicationScoped
public class AccessControl {

    private static final Logger LOG = Logger.getLogger(AccessControl.class);
    private static final String PROBE = "yoyak.rate-limit";

    private final Set<String> keyHashes = new HashSet<>();
    private final int perMinute;
    private final int failuresPerMinute;
    private final MeterRegistry registry;
    private final ClientAddress addresses;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    /** Wrong keys per client address; apart from the request buckets so key guessing is throttled without keys. */
    private final Cache<String, Bucket> failures = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public AccessControl(YoyakConfig config, MeterRegistry registry, ClientAddress addresses) {
        this.registry = registry;
        this.addresses = addresses;
        this.failuresPerMinute = config.authFailuresPerMinute();
        config.apiKeys().ifPresent(keys -> keys.forEach(this::addKey));
        config.apiKeysFile().ifPresent(file -> {
            int before = keyHashes.size();
            try {
                Files.readAllLines(file, StandardCharsets.UTF_8).forEach(this::addKey);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read YOYAK_API_KEYS_FILE " + file, e);
            }
            // Fail closed: a keys file that was meant to lock the service but came out empty must not open it.
            if (keyHashes.size() == before) {
                throw new IllegalStateException("YOYAK_API_KEYS_FILE " + file + " holds no key (one per line); "
                        + "unset it to run without keys");
            }
        });
        this.perMinute = perMinute(config.rateLimitPerMinute(), !keyHashes.isEmpty());
        LOG.infof("API keys: %s; rate limit: %s", keyHashes.isEmpty() ? "off" : keyHashes.size() + " configured",
                perMinute > 0 ? perMinute + "/min per client" : "off");
    }

    /**
     * The per-client limit in force: the configured one; else, with keys, the default per key; else none. An open
     * install has no client identity worth limiting (one address may be a whole office behind NAT, or a script
     * reading cached answers); its capacity is guarded by admission control instead.
     */
    static int perMinute(OptionalInt configured, boolean keysConfigured) {
        return configured.orElse(keysConfigured ? YoyakConfig.DEFAULT_RATE_LIMIT_PER_KEY : 0);
    }

    private void addKey(String line) {
        String key = line.strip();
        if (!key.isEmpty() && !key.startsWith("#")) {
            keyHashes.add(hash(key));
        }
    }

    /** Whether requests to {@code path} need a key (when keys are configured) and count against the rate limit. */
    public static boolean guards(String path) {
        return path.startsWith("/summarize");
    }

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        // An open install (no keys, no limit) has nothing to check: a cache hit skips reading key and address.
        if (!guards(request.getUriInfo().getPath()) || !keysRequired() && perMinute <= 0) {
            return Optional.empty();
        }
        String key = presentedKey(request);
        String address = addresses.of(http);
        long lockedOut = keysRequired() ? lockedOutSeconds(address) : 0;
        if (lockedOut > 0) {
            return Optional.of(Response.status(429).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, lockedOut)
                    .entity(Problem.of("too-many-wrong-keys", "Too many wrong API keys", 429,
                            "More than " + failuresPerMinute + " wrong API keys a minute from this address; try again in "
                                    + lockedOut + " s."))
                    .build());
        }
        if (keysRequired() && !accepts(key, address)) {
            return Optional.of(Response.status(401).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(Problem.of("unauthorized", "API key required", 401, key == null
                            ? "Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."
                            : "The API key is not valid."))
                    .build());
        }
        ConsumptionProbe probe = consume(key, address);
        if (probe == null) {
            return Optional.empty();
        }
        request.setProperty(PROBE, probe);
        if (probe.isConsumed()) {
            return Optional.empty();
        }
        long wait = waitSeconds(probe);
        Response.ResponseBuilder refused = Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, wait)
                .entity(Problem.of("rate-limited", "Rate limit exceeded", 429,
                        "More than " + perMinute + " requests a minute; try again in " + wait + " s."));
        headers(probe).forEach(refused::header);
        return Optional.of(refused.build());
    }

    /** Whether API keys are configured, so that every guarded request must present one. */
    public boolean keysRequired() {
        return !keyHashes.isEmpty();
    }

    /**
     * Whether {@code key} is one of the configured keys; when it is not, counted as a rejection, and a key that
     * was presented but wrong also counts against {@code address}'s allowance of wrong keys.
     */
    public boolean accepts(String key, String address) {
        boolean accepted = key != null && keyHashes.contains(hash(key));
        if (!accepted) {
            registry.counter("yoyak.requests.rejected", "reason", "unauthorized").increment();
            if (key != null && failuresPerMinute > 0) {
                failureBucket(address).tryConsume(1);
            }
        }
        return accepted;
    }

    /**
     * Seconds until {@code address} may present a key again, after it used up its wrong keys; 0 when it may now.
     * While it is locked out, every request from it is refused, right key or wrong: answering a right key
     * differently would let guessing go on.
     */
    public long lockedOutSeconds(String address) {
        if (failuresPerMinute <= 0) {
            return 0;
        }
        long nanos = failureBucket(address).estimateAbilityToConsume(1).getNanosToWaitForRefill();
        if (nanos <= 0) {
            return 0;
        }
        registry.counter("yoyak.requests.rejected", "reason", "wrong-keys").increment();
        return Math.max(1, Duration.ofNanos(nanos).toSeconds() + 1);
    }

    private Bucket failureBucket(String address) {
        return failures.get(address, a -> Bucket.builder().addLimit(Bandwidth.builder().capacity(failuresPerMinute)
                .refillIntervally(failuresPerMinute, Duration.ofMinutes(1)).build()).build());
    }

    /** The address a request's limits count against (see {@link ClientAddress}). */
    public String clientAddress(HttpServerRequest http) {
        return addresses.of(http);
    }

    /**
     * Takes one request from the caller's bucket: its key's when keys are configured, else its address's. Null
     * when rate limiting is off; a probe that was not consumed means the limit is used up.
     */
    public ConsumptionProbe consume(String key, String address) {
        if (perMinute <= 0) {
            return null;
        }
        String client = keysRequired() && key != null ? "key:" + hash(key) : "addr:" + address;
        ConsumptionProbe probe = buckets.get(client, c -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            registry.counter("yoyak.requests.rejected", "reason", "rate-limit").increment();
        }
        return probe;
    }

    /** Whole seconds until a refused caller's bucket has a token again (at least 1). */
    public static long waitSeconds(ConsumptionProbe probe) {
        return Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    @ServerResponseFilter
    public void addRateLimitHeaders(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe && !response.getHeaders().containsKey("RateLimit-Limit")) {
            headers(probe).forEach((name, value) -> response.getHeaders().add(name, value));
        }
    }

    private java.util.Map<String, Object> headers(ConsumptionProbe probe) {
        return java.util.Map.of("RateLimit-Limit", perMinute,
                "RateLimit-Remaining", probe.getRemainingTokens(),
                "RateLimit-Reset", Math.max(0, Duration.ofNanos(probe.getNanosToWaitForReset()).toSeconds()));
    }

    /** The key a request presents as {@code X-API-Key} or {@code Authorization: Bearer}, or null. */
    public static String presentedKey(ContainerRequestContext request) {
        String header = request.getHeaderString("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return authorization.substring(7).strip();
        }
        return null;
    }

    private static String hash(String key) {
        return CacheKey.sha256Hex(key.getBytes(StandardCharsets.UTF_8));
    }
}
