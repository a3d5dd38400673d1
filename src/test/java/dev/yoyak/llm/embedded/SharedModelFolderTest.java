package dev.yoyak.llm.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import dev.yoyak.testing.TestConfig;

/**
 * Two engines on one empty model folder (as two instances sharing a volume): one downloads, the other waits and
 * then finds the file verified; a file at the final path that is not the pinned one is replaced; the model's
 * identity in cache keys is its checksum.
 */
class SharedModelFolderTest {

    private static final byte[] MODEL = new byte[2 * 1024 * 1024];

    static {
        new Random(11).nextBytes(MODEL);
    }

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger downloads = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/model.gguf", exchange -> {
            downloads.incrementAndGet();
            exchange.sendResponseHeaders(200, MODEL.length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < MODEL.length; i += 256 * 1024) {
                    out.write(MODEL, i, Math.min(256 * 1024, MODEL.length - i));
                    sleep(50); // slow enough for the second engine to arrive mid-download
                }
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private EmbeddedEngine engine(String sha256) {
        return new EmbeddedEngine(TestConfig.of(Map.of("yoyak.model.dir", dir.toString(),
                "yoyak.model.url", "http://127.0.0.1:" + server.getAddress().getPort() + "/model.gguf",
                "yoyak.model.sha256", sha256, "yoyak.model.download-backoff", "10ms")));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void twoEnginesOnOneEmptyFolderDownloadOnce() throws Exception {
        String sha = sha256(MODEL);
        EmbeddedEngine first = engine(sha);
        EmbeddedEngine second = engine(sha);
        CompletableFuture<Path> a = CompletableFuture.supplyAsync(() -> ensure(first));
        sleep(100);
        CompletableFuture<Path> b = CompletableFuture.supplyAsync(() -> ensure(second));
        Path fileA = a.get(30, TimeUnit.SECONDS);
        Path fileB = b.get(30, TimeUnit.SECONDS);
        assertEquals(fileA, fileB);
        assertArrayEquals(MODEL, Files.readAllBytes(fileA));
        assertEquals(1, downloads.get(), "one download; the second engine waited and verified");
        assertEquals(List.of("model.gguf", "model.gguf.verified"),
                Files.list(dir).map(p -> p.getFileName().toString()).sorted().toList(), "no leftovers");
        assertEquals("model@sha256:" + sha, second.modelIdentity());
    }

    @Test
    void aWrongFileAtTheFinalPathIsReplaced() throws Exception {
        Files.write(dir.resolve("model.gguf"), new byte[] { 1, 2, 3 });
        Path file = engine(sha256(MODEL)).ensureFile(f -> { });
        assertArrayEquals(MODEL, Files.readAllBytes(file));
        assertEquals(1, downloads.get());
    }

    @Test
    void aDownloadWithTheWrongChecksumIsPermanent() {
        EmbeddedEngine engine = engine("0".repeat(64));
        assertThrows(ModelDownloader.DownloadException.class, () -> engine.ensureFile(file -> { }));
        assertTrue(Files.notExists(dir.resolve("model.gguf")) && Files.notExists(dir.resolve("model.gguf.part")));
    }

    private static Path ensure(EmbeddedEngine engine) {
        try {
            return engine.ensureFile(file -> { });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
