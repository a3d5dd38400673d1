package dev.yoyak.llm.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model folder's lock and verified record: one writer across processes, a file hashed once. */
class ModelFolderTest {

    @TempDir
    Path dir;

    /** Holds the lock of a model file in its own JVM: {@code LockHolder <file> <millis>}. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            try (ModelFolder folder = ModelFolder.lock(Path.of(args[0]), () -> { })) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(Long.parseLong(args[1]));
            }
        }
    }

    @Test
    void anotherProcessHoldingTheFolderIsWaitedFor() throws Exception {
        Path file = dir.resolve("model.gguf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockHolder.class.getName(), file.toString(), "1500").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream()));
            assertEquals("locked", out.readLine(), "the other JVM took the lock");
            AtomicInteger waited = new AtomicInteger();
            long start = System.nanoTime();
            try (ModelFolder folder = ModelFolder.lock(file, waited::incrementAndGet)) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                assertEquals(1, waited.get(), "told that it waits");
                assertTrue(millis > 500, "held until the other process let go: " + millis + " ms");
            }
        } finally {
            other.destroy();
            other.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFileIsHashedOnceAndAgainOnlyWhenItChanged() throws Exception {
        Path file = Files.write(dir.resolve("model.gguf"), new byte[] { 1, 2, 3 });
        AtomicInteger hashed = new AtomicInteger();
        String first;
        try (ModelFolder folder = ModelFolder.lock(file, () -> { })) {
            first = folder.checksum(hashed::incrementAndGet).orElseThrow();
        }
        try (ModelFolder folder = ModelFolder.lock(file, () -> { })) {
            assertEquals(first, folder.checksum(hashed::incrementAndGet).orElseThrow());
        }
        assertEquals(1, hashed.get(), "remembered by size and time");
        Files.write(file, new byte[] { 1, 2, 4 });
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        try (ModelFolder folder = ModelFolder.lock(file, () -> { })) {
            assertTrue(!first.equals(folder.checksum(hashed::incrementAndGet).orElseThrow()), "a changed file is hashed anew");
        }
        assertEquals(2, hashed.get());
        assertEquals(List.of("model.gguf", "model.gguf.verified"),
                Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList());
    }
}
