package dev.yoyak.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.yoyak.testing.FakeOpenAi.Received;
import dev.yoyak.testing.FakeOpenAi.Reply;

/**
 * Injects faults at random into the fake's standard replies, reproducibly: a request's fate depends only on the
 * seed, the request's text and how often that same request was seen before — not on the order in which
 * concurrent calls happen to arrive.
 */
public final class FlakyBackend implements FakeOpenAi.Responder {

    /** What one reply was turned into. */
    public enum Fault {
        /** The standard reply. */
        NONE,
        /** HTTP 500 or 503 (without Retry-After). */
        ERROR,
        /** A 200 whose content ignores the requested format. */
        MALFORMED,
        /** A 200 cut off half-way, with finish reason {@code length}. */
        TRUNCATED
    }

    private final long seed;
    private final double error;
    private final double malformed;
    private final double truncated;
    private final Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
    private final Map<Fault, AtomicInteger> counts = new EnumMap<>(Fault.class);

    public FlakyBackend(long seed, double error, double malformed, double truncated) {
        this.seed = seed;
        this.error = error;
        this.malformed = malformed;
        this.truncated = truncated;
        for (Fault fault : Fault.values()) {
            counts.put(fault, new AtomicInteger());
        }
    }

    @Override
    public Reply apply(Received request) {
        String key = request.system() + '\u0000' + request.user();
        int repeat = seen.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
        double x = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + key.hashCode() * 1_000_003L + repeat).nextDouble();
        Fault fault = x < error ? Fault.ERROR : x < error + malformed ? Fault.MALFORMED
                : x < error + malformed + truncated ? Fault.TRUNCATED : Fault.NONE;
        counts.get(fault).incrementAndGet();
        Reply standard = FakeOpenAi.standardReply(request);
        return switch (fault) {
            case NONE -> standard;
            case ERROR -> Reply.error(x < error / 2 ? 500 : 503);
            case MALFORMED -> Reply.ok(malformed(request));
            case TRUNCATED -> Reply.ok(standard.content().substring(0, standard.content().length() / 2)).truncated();
        };
    }

    /** Content that ignores the format asked for: paragraph numbers that match nothing, prose instead of JSON. */
    private static String malformed(Received request) {
        if (request.isTranslation()) {
            return "[99] Here is the translation you asked for.";
        }
        if (request.isNotes()) {
            return " ";
        }
        return "Sure! The article is about an announcement.";
    }

    /** How many replies got each fault so far. */
    public int count(Fault fault) {
        return counts.get(fault).get();
    }

    /** Replies given so far. */
    public int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }
}
