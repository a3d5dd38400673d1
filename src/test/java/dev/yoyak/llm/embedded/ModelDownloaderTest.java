package dev.yoyak.llm.embedded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/** The model download against a local HTTP server: progress, resume, checksum, failures. */
class ModelDownloaderTest {

    private static final byte[] MODEL = new byte[3 * 1024 * 1024 + 123];

    static {
        new Random(7).nextBytes(MODEL);
    }

    @TempDir
    Path dir;

    private ServerSocket server;
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    /** Bytes the server sends before dropping the first connection; -1 for never. */
    private volatile int cutFirstAfter = -1;
    /** Bytes the server sends on the first connection before going silent; -1 for never. */
    private volatile int stallFirstAfter = -1;
    /** Requests answered 503 before the file is served. */
    private volatile int failFirst;

    /** Quick retries: 10 ms doubling to 50 ms; half a second without a byte is a stall. */
    private static ModelDownloader downloader() {
        return new ModelDownloader(java.time.Duration.ofMillis(10), java.time.Duration.ofMillis(50),
                java.time.Duration.ofMillis(500));
    }

    /** A raw HTTP/1.1 file server: a dropped connection mid-body is something JDK's HttpServer cannot fake. */
    @BeforeEach
    void serve() throws IOException {
        server = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    // One thread per connection: a stalled transfer must not hold up the next attempt.
                    Thread connection = new Thread(() -> {
                        try (socket) {
                            answer(socket);
                        } catch (IOException | InterruptedException e) {
                            // Closed by the test or by the client.
                        }
                    });
                    connection.setDaemon(true);
                    connection.start();
                } catch (IOException e) {
                    // Closed by the test: done.
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private void answer(Socket socket) throws IOException, InterruptedException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String path = in.readLine().split(" ")[1];
        String range = null;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("range:")) {
                range = line.substring(6).strip();
            }
        }
        OutputStream out = socket.getOutputStream();
        if (!path.equals("/model.gguf")) {
            out.write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        int request = requests.incrementAndGet();
        ranges.add(String.valueOf(range));
        if (request <= failFirst) {
            out.write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            return;
        }
        int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
        String head = (range == null ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes "
                + from + "-" + (MODEL.length - 1) + "/" + MODEL.length + "\r\n")
                + "Content-Length: " + (MODEL.length - from) + "\r\nConnection: close\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        int length = request == 1 && cutFirstAfter > 0 ? cutFirstAfter : MODEL.length - from;
        if (request == 1 && stallFirstAfter > 0) {
            out.write(MODEL, 0, stallFirstAfter);
            out.flush();
            Thread.sleep(60_000); // sends nothing more: only the client's read timeout ends this
            return;
        }
        out.write(MODEL, from, length);
        out.flush();
    }

    private URI url(String name) {
        return URI.create("http://127.0.0.1:" + server.getLocalPort() + "/" + name);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void downloadsVerifiesAndReportsProgress() throws Exception {
        Path target = dir.resolve("model.gguf");
        List<long[]> progress = new CopyOnWriteArrayList<>();
        downloader().download(url("model.gguf"), sha256(MODEL), target,
                (bytes, total, rate) -> progress.add(new long[] { bytes, total }));
        assertArrayEquals(MODEL, Files.readAllBytes(target));
        assertFalse(Files.exists(dir.resolve("model.gguf.part")), "no part file left");
        long[] last = progress.get(progress.size() - 1);
        assertEquals(MODEL.length, last[0]);
        assertEquals(MODEL.length, last[1]);
        assertTrue(progress.size() > 1, "progress reported along the way");
    }

    @Test
    void interruptedDownloadResumesWithARangeRequest() throws Exception {
        cutFirstAfter = 1024 * 1024;
        Path target = dir.resolve("model.gguf");
        downloader().download(url("model.gguf"), sha256(MODEL), target, (bytes, total, rate) -> { });
        assertArrayEquals(MODEL, Files.readAllBytes(target));
        assertTrue(ranges.size() >= 2, "a second request was made: " + ranges);
        assertTrue(ranges.get(ranges.size() - 1).startsWith("bytes="), "the retry asked for the rest only: " + ranges);
        assertTrue(!ranges.get(ranges.size() - 1).equals("bytes=0-"), ranges.toString());
    }

    @Test
    void partLeftByAnEarlierRunIsResumed() throws Exception {
        Path target = dir.resolve("model.gguf");
        Files.write(dir.resolve("model.gguf.part"), java.util.Arrays.copyOf(MODEL, 500_000));
        downloader().download(url("model.gguf"), sha256(MODEL), target, (bytes, total, rate) -> { });
        assertArrayEquals(MODEL, Files.readAllBytes(target));
        assertEquals(List.of("bytes=500000-"), ranges);
    }

    @Test
    void checksumMismatchIsRejectedAndLeavesNoFile() throws Exception {
        Path target = dir.resolve("model.gguf");
        ModelDownloader.DownloadException e = assertThrows(ModelDownloader.DownloadException.class,
                () -> downloader().download(url("model.gguf"), "0".repeat(64), target, (b, t, r) -> { }));
        assertTrue(e.getMessage().contains("SHA-256 mismatch"), e.getMessage());
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(dir.resolve("model.gguf.part")));
    }

    @Test
    void missingFileFailsAtOnceWithTheStatus() {
        Path target = dir.resolve("missing.gguf");
        ModelDownloader.DownloadException e = assertThrows(ModelDownloader.DownloadException.class,
                () -> downloader().download(url("missing.gguf"), "0".repeat(64), target, (b, t, r) -> { }));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void aHostFailingFiveTimesIsWaitedFor() throws Exception {
        failFirst = 5;
        Path target = dir.resolve("model.gguf");
        List<String> retries = new CopyOnWriteArrayList<>();
        downloader().download(url("model.gguf"), sha256(MODEL), target, (b, t, r) -> { },
                (failures, reason, wait) -> retries.add(failures + ": " + reason));
        assertArrayEquals(MODEL, Files.readAllBytes(target));
        assertEquals(6, requests.get());
        assertEquals(5, retries.size(), retries.toString());
        assertTrue(retries.get(4).startsWith("5: HTTP 503"), retries.toString());
    }

    @Test
    void aStalledTransferIsDroppedAndResumed() throws Exception {
        stallFirstAfter = 1024 * 1024;
        Path target = dir.resolve("model.gguf");
        List<String> retries = new CopyOnWriteArrayList<>();
        downloader().download(url("model.gguf"), sha256(MODEL), target, (b, t, r) -> { },
                (failures, reason, wait) -> retries.add(reason));
        assertArrayEquals(MODEL, Files.readAllBytes(target));
        assertTrue(retries.get(0).contains("stalled"), retries.toString());
        assertEquals("bytes=" + (1024 * 1024) + "-", ranges.get(ranges.size() - 1), "resumed after the stall");
    }

    @Test
    void aPartSpoiltByAnotherWriterIsFetchedAgainWhole() throws Exception {
        Path target = dir.resolve("model.gguf");
        byte[] spoilt = java.util.Arrays.copyOf(MODEL, 500_000);
        spoilt[10] ^= 1;
        Files.write(dir.resolve("model.gguf.part"), spoilt);
        downloader().download(url("model.gguf"), sha256(MODEL), target, (bytes, total, rate) -> { });
        assertArrayEquals(MODEL, Files.readAllBytes(target));
        assertEquals(List.of("bytes=500000-", "null"), ranges, "resumed, found wrong, fetched whole");
    }

    @Test
    void progressIsDescribedForTheLog() {
        assertEquals("512.0 MB of 1.0 GB (50%), 10.0 MB/s, ETA 51 s",
                ModelDownloader.describe(512L << 20, 1L << 30, 10 * (1 << 20)));
    }
}
