package dev.yoyak.llm.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * Downloads a model file once: into {@code <file>.part}, resuming with an HTTP Range request after an
 * interruption, checked against its pinned SHA-256, then moved into place atomically — so a file at the final
 * path is always complete and verified. Written on the JDK's HttpClient: no maintained Java library does
 * resumable, checksummed downloads with progress.
 */
public final class ModelDownloader {

    /** Told how a download is going. */
    public interface Progress {
        /** {@code total} is -1 when the server did not say. */
        void update(long bytes, long total, double bytesPerSecond);
    }

    /** The download failed in a way retrying will not fix (checksum, HTTP status). */
    public static final class DownloadException extends IOException {
        public DownloadException(String message) {
            super(message);
        }
    }

    private static final int ATTEMPTS = 5;
    private static final int BUFFER = 1 << 16;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(20)).build();

    /** Downloads {@code url} to {@code target}, verifying {@code sha256}; resumes a {@code .part} left before. */
    public void download(URI url, String sha256, Path target, Progress progress) throws IOException, InterruptedException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        IOException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                fetch(url, part, progress);
                verifyAndMove(part, target, sha256);
                return;
            } catch (DownloadException e) {
                throw e;
            } catch (IOException e) {
                // Interrupted transfer: the bytes so far stay in .part and the next attempt resumes after them.
                last = e;
                Thread.sleep(Math.min(30_000L, 1_000L << attempt));
            }
        }
        throw new IOException("Download of " + url + " failed after " + ATTEMPTS + " attempts: " + last.getMessage(), last);
    }

    private void fetch(URI url, Path part, Progress progress) throws IOException, InterruptedException {
        long have = Files.exists(part) ? Files.size(part) : 0;
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofMinutes(2)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        boolean resumed = status == 206;
        if (status == 416) {
            response.body().close();
            return; // The part file already holds every byte.
        }
        if (status != 200 && !resumed) {
            response.body().close();
            throw new DownloadException("HTTP " + status + " for " + url);
        }
        long start = resumed ? have : 0;
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        long total = length < 0 ? -1 : start + length;
        StandardOpenOption mode = resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (InputStream in = response.body();
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

    private static void verifyAndMove(Path part, Path target, String expected) throws IOException {
        String actual = sha256(part);
        if (!actual.equalsIgnoreCase(expected.strip())) {
            Files.deleteIfExists(part);
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
