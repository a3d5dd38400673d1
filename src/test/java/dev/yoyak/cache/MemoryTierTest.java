package dev.yoyak.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The memory tier is bounded by the bytes of the answers it holds, not by how many there are. */
class MemoryTierTest {

    private static StoredAnswer answer(int bytes, char fill) {
        return StoredAnswer.of(String.valueOf(fill).repeat(bytes).getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void holdsNoMoreBytesThanItsBound() {
        MemoryTier tier = new MemoryTier(200_000);
        for (int i = 0; i < 100; i++) {
            tier.put("key" + i, answer(10_000, 'a'));
        }
        long held = tier.weightedSize();
        assertTrue(held <= 200_000, "held " + held + " bytes");
        assertTrue(held >= 100_000, "keeps using its room: " + held + " bytes");
    }

    @Test
    void largeAnswersCountForTheirSize() {
        MemoryTier tier = new MemoryTier(100_000);
        for (int i = 0; i < 5; i++) {
            tier.put("large" + i, answer(30_000, 'c'));
        }
        tier.weightedSize();
        long kept = java.util.stream.IntStream.range(0, 5).filter(i -> tier.get("large" + i).isPresent()).count();
        assertTrue(kept <= 3, "five 30 kB answers in 100 kB: " + kept + " kept");
    }

    @Test
    void returnsTheStoredBytesAndTag() {
        MemoryTier tier = new MemoryTier(1_000_000);
        StoredAnswer one = answer(100, 'x');
        tier.put("k", one);
        assertArrayEquals(one.json(), tier.get("k").orElseThrow().json());
        assertNotEquals(one.etag(), answer(100, 'y').etag(), "different bytes, different tag");
    }
}
