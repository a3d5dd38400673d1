package dev.yoyak.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable tier after a full disk, with the failure injected under MVStore (runs everywhere): it degrades,
 * keeps what it could not write, and writes it — and what comes next — once the disk takes writes again.
 */
class DurableStoreHealTest {

    private static final long BOUND = 1L << 30;

    @TempDir
    Path dir;

    @AfterEach
    void diskBack() {
        FullDisk.full = false;
    }

    private DurableStore store(String scheme, long bound) {
        DurableStore store = new DurableStore(true, dir, scheme, bound, Duration.ZERO);
        store.open();
        return store;
    }

    @Test
    void aFailedWriteDegradesTheTierWithTheReason() {
        DurableStore store = store(FullDisk.prefix(), BOUND);
        FullDisk.full = true;
        store.put("a", "answer a");
        assertFalse(store.isOpen(), "closed after the failed write");
        assertTrue(store.problem().orElseThrow().contains("No space left"), store.problem().toString());
        assertEquals(Optional.of("answer a"), store.get("a"), "still served from what waits for the disk");
        store.close();
    }

    @Test
    void answersMadeWhileTheDiskWasFullSurviveARestartOnceItIsFreed() {
        DurableStore store = store(FullDisk.prefix(), BOUND);
        FullDisk.full = true;
        store.put("during", "answer during");
        FullDisk.full = false;
        store.put("after", "answer after");
        assertTrue(store.isOpen(), "reopened by the next write");
        assertTrue(store.problem().isEmpty(), "healthy again");
        store.close();

        DurableStore restarted = store("", BOUND);
        assertEquals(Optional.of("answer during"), restarted.get("during"));
        assertEquals(Optional.of("answer after"), restarted.get("after"));
        restarted.close();
    }

    @Test
    void theOldestAnswersAreEvictedBeyondTheBound() {
        DurableStore store = store("", 1000);
        for (int i = 0; i < 10; i++) {
            store.put("k" + i, String.valueOf(i).repeat(300));
        }
        assertEquals(Optional.empty(), store.get("k0"), "the oldest went first");
        assertTrue(store.get("k9").isPresent(), "the newest stays");
        store.close();
        DurableStore restarted = store("", 1000);
        assertEquals(3, java.util.stream.IntStream.range(0, 10).filter(i -> restarted.get("k" + i).isPresent()).count(),
                "three 300-byte answers fit in 1000 bytes, after a restart too");
        restarted.close();
    }
}
