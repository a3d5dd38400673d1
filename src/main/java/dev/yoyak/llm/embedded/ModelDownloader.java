package dev.yoyak.llm.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Downloads a model file: into {@code <file>.part}, resuming with an HTTP Range request after an interruption,
 * checked against its pinned SHA-256, then moved into place atomically — so a file at the final path is always
 * complete and verified. Transient failures (HTTP 408/425/429/5xx, a dropped or refused connection, no byte for
 * {@code stall}) are retried with exponential backoff for as long as it takes; only a failure retrying cannot fix
 * (another HTTP status, a checksum mismatch of a whole download) ends it. Written on the JDK's HttpURLConnection
 * (its read timeout catches a stalled body, which HttpClient's request timeout does not): no maintained Java
 * library does resumable, checksummed downloads with progress.
 */
public final class ModelDownloader {

    /** Told how a download is going. */
    public interface Progress {
        /** {@code total} is -1 when the server did not say. */
        void update(long bytes, long total, double bytesPerSecond);
    }

    /** Told when an attempt failed and how long until the next one. */
    public interface Retrying {
        void retrying(int failures, String reason, Duration wait);
    }

    /** The download failed in a way retrying will not fix (checksum, HTTP status). */
    public static final class DownloadException extends IOException {
        public DownloadException(String message) {
            super(message);
        }
    }

    private static final int BUFFER = 1 << 16;

    private final Duration backoff;
    private final Duration maxBackoff;
    private final Duration stall;

    /** Backoff from 1 s doubling to 60 s; a transfer with no byte for 60 s is a stall. */
    public ModelDownloader() {
        this(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    public ModelDownloader(Duration backoff, Duration maxBackoff, Duration stall) {
        this.backoff = backoff;
        this.maxBackoff = maxBackoff;
        this.stall = stall;
    }

    /** Downloads {@code url} to {@code target}, verifying {@code sha256}; resumes a {@code .part} left before. */
    public void download(URI url, String sha256, Path target, Progress progress) throws IOException, InterruptedException {
        download(url, sha256, target, progress, (failures, reason, wait) -> { });
    }

    /** {@link #download(URI, String, Path, Progress)}, telling {@code retrying} about each transient failure. */
    public void download(URI url, String sha256, Path target, Progress progress, Retrying retrying)
            throws IOException, InterruptedException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        for (int failures = 1;; failures++) {
            boolean resumed = Files.exists(part) && Files.size(part) > 0;
            try {
                fetch(url, part, progress);
                verifyAndMove(part, target, sha256, resumed);
                return;
            } catch (DownloadException e) {
                throw e;
            } catch (IOException e) {
                // Interrupted transfer: the bytes so far stay in .part and the next attempt resumes after them.
                Duration wait = wait(failures);
                retrying.retrying(failures, reason(e), wait);
                Thread.sleep(wait.toMillis());
            }
        }
    }

    /** backoff × 2^(n-1), at most maxBackoff, with up to 20 % jitter so replicas do not retry in step. */
    private Duration wait(int failures) {
        long base = backoff.toMillis() << Math.min(failures - 1, 20);
        long capped = Math.min(maxBackoff.toMillis(), base);
        return Duration.ofMillis(capped + (long) (capped * 0.2 * ThreadLocalRandom.current().nextDouble()));
    }

    private static String reason(IOException e) {
        if (e instanceof SocketTimeoutException) {
            return "the transfer stalled (" + e.getMessage() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void fetch(URI url, Path part, Progress progress) throws IOException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        HttpURLConnection http = (HttpURLConnection) url.toURL().openConnection();
        http.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, Duration.ofSeconds(20).toMillis()));
        http.setReadTimeout((int) Math.min(Integer.MAX_VALUE, stall.toMillis()));
        http.setInstanceFollowRedirects(true);
        if (have > 0) {
            http.setRequestProperty("Range", "bytes=" + have + "-");
        }
        try {
            int status = http.getResponseCode();
            if (status == 416) {
                return; // The part file already holds every byte; the checksum decides.
            }
            boolean resumed = status == 206 && String.valueOf(http.getHeaderField("Content-Range"))
                    .startsWith("bytes " + have + "-");
            if (status == 408 || status == 425 || status == 429 || status >= 500) {
                throw new IOException("HTTP " + status + " from " + url);
            }
            if (status != 200 && status != 206) {
                throw new DownloadException("HTTP " + status + " for " + url);
            }
            copy(http, part, resumed ? have : 0, progress);
        } finally {
            http.disconnect();
        }
    }

    private static void copy(HttpURLConnection http, Path part, long start, Progress progress) throws IOException {
        long length = http.getContentLengthLong();
        long total = length < 0 ? -1 : start + length;
        StandardOpenOption mode = start > 0 ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = http.getInputStream();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode)) {
            byte[] buffer = new byte[BUFFER];
            long bytes = start;
            long began = System.nanoTime();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                bytes += n;
                double seconds = Math.max(1e-3, (System.nanoTime() - began) / 1e9);
                progress.update(bytes, total, (bytes - start) / seconds);
            }
            if (total >= 0 && bytes < total) {
                throw new IOException("connection closed after " + bytes + " of " + total + " bytes");
            }
        }
    }

    /**
     * Moves a part whose checksum is right into place. A wrong checksum after resuming may be a part file spoilt
     * earlier (another writer, a changed file on the server): it is deleted and fetched again whole, once; a
     * whole download with the wrong checksum is final.
     */
    private static void verifyAndMove(Path part, Path target, String expected, boolean resumed) throws IOException {
        String actual = sha256(part);
        if (!actual.equalsIgnoreCase(expected.strip())) {
            Files.deleteIfExists(part);
            if (resumed) {
                throw new IOException("SHA-256 mismatch after resuming; downloading the whole file again");
            }
            throw new DownloadException("SHA-256 mismatch: expected " + expected + ", got " + actual
                    + "; the download was deleted");
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** "512.0 MB of 1.1 GB (45%), 12.3 MB/s, ETA 48 s" — what the log shows while downloading. */
    public static String describe(long bytes, long total, double bytesPerSecond) {
        StringBuilder text = new StringBuilder(size(bytes));
        if (total > 0) {
            text.append(" of ").append(size(total)).append(String.format(Locale.ROOT, " (%d%%)", bytes * 100 / total));
        }
        text.append(", ").append(size((long) bytesPerSecond)).append("/s");
        if (total > 0 && bytesPerSecond > 0) {
            text.append(String.format(Locale.ROOT, ", ETA %d s", (long) ((total - bytes) / bytesPerSecond)));
        }
        return text.toString();
    }

    private static String size(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
