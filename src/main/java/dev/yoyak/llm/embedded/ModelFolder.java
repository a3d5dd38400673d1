package dev.yoyak.llm.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * One model file in a folder several processes may share: its {@code <file>.verified} record is also the lock
 * (an OS file lock, {@link FileChannel#lock}) that whoever downloads or verifies the file holds, so two instances
 * never write one file — the second waits, then finds the file there and verified. The record holds the file's
 * size, modification time and SHA-256: a file is hashed once, and again only when its size or time changed.
 */
final class ModelFolder implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final Path file;
    private final FileChannel record;
    private final FileLock lock;

    private ModelFolder(Path file, FileChannel record, FileLock lock) {
        this.file = file;
        this.record = record;
        this.lock = lock;
    }

    /** The record file kept beside a model file. */
    static Path recordOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".verified");
    }

    /**
     * Takes the lock of {@code file}'s record, waiting while another process (or another engine in this JVM)
     * holds it; {@code waiting} is told once when the wait begins. Polls so the wait stays interruptible.
     */
    static ModelFolder lock(Path file, Runnable waiting) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(recordOf(file), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        boolean told = false;
        try {
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new ModelFolder(file, channel, lock);
                }
                if (!told) {
                    waiting.run();
                    told = true;
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this JVM (a second engine in tests): wait as for another process
        }
    }

    /**
     * The file's SHA-256 when it is there: from the record if the file's size and time still match it, else
     * hashed now (told to {@code hashing} first) and recorded. Empty when there is no file.
     */
    Optional<String> checksum(Runnable hashing) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String stamp = stamp();
        String[] recorded = read().split(" ");
        if (recorded.length == 3 && (recorded[0] + " " + recorded[1]).equals(stamp)) {
            return Optional.of(recorded[2]);
        }
        hashing.run();
        String sha256 = ModelDownloader.sha256(file);
        remember(sha256);
        return Optional.of(sha256);
    }

    /** Records a checksum just proven for the file as it is now (e.g. by the download). */
    void remember(String sha256) throws IOException {
        byte[] line = (stamp() + " " + sha256.toLowerCase(java.util.Locale.ROOT) + "\n").getBytes(StandardCharsets.US_ASCII);
        record.truncate(0);
        record.write(ByteBuffer.wrap(line), 0);
        record.force(true);
    }

    /** Forgets the record (the file is about to be replaced). */
    void forget() throws IOException {
        record.truncate(0);
    }

    private String stamp() throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    private String read() throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(record.size(), 512));
        record.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            record.close();
        }
    }
}
