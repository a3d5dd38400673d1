package dev.yoyak.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durable tier on a real 2 MB filesystem (a tmpfs mounted for the test; needs root, skipped with the reason
 * where mounting is impossible): filled up, then freed, an answer written after that survives a restart.
 */
class SmallDiskTest {

    @TempDir
    Path mount;

    private boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean done = p.waitFor(20, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes());
        Assumptions.assumeTrue(done && p.exitValue() == 0,
                "skipped: cannot mount a small tmpfs here (needs root and mount rights): " + output.strip());
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** Writes a filler file until the filesystem is full. */
    private static Path fill(Path dir) {
        Path filler = dir.resolve("filler");
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException e) {
            return filler; // No space left on device
        }
    }

    /** Random text MVStore's compression cannot shrink into the few bytes a full disk has left. */
    private static String incompressible(int length) {
        java.util.Random random = new java.util.Random(5);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('가' + random.nextInt(11_000)));
        }
        return text.toString();
    }

    @Test
    void anAnswerMadeAfterTheDiskWasFreedSurvivesARestart() throws IOException {
        Path dir = mount.resolve("cache");
        DurableStore store = new DurableStore(true, dir, "", 1L << 30, Duration.ZERO);
        store.open();
        assertTrue(store.isOpen());
        Path filler = fill(mount);
        store.put("during", incompressible(200_000));
        assertFalse(store.isOpen(), "the full disk degraded the tier");
        assertTrue(store.problem().isPresent());

        Files.delete(filler);
        store.put("after", "answer after the disk was freed");
        assertTrue(store.problem().isEmpty(), "healed: " + store.problem());
        store.close();

        DurableStore restarted = new DurableStore(true, dir, "", 1L << 30, Duration.ZERO);
        restarted.open();
        assertEquals(Optional.of("answer after the disk was freed"), restarted.get("after"));
        assertTrue(restarted.get("during").isPresent(), "the answer made while it was full was written too");
        restarted.close();
    }
}
