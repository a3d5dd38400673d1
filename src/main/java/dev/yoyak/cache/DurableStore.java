package dev.yoyak.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jboss.logging.Logger;

import dev.yoyak.config.YoyakConfig;
import io.quarkus.runtime.Startup;

/**
 * Durable local cache tier: an H2 MVStore file under {@code yoyak.cache.dir}. MVStore is a maintained,
 * pure-Java, single-file key-value store (no server, no JNI, so it also works in a native image); every put
 * is committed at once so an answer that was paid for survives a crash or restart. The tier degrades, never
 * fails a request: a file locked by another process, a folder that cannot be written or a full disk leave the
 * service on its memory tier, with the reason in readiness; opening is tried again from time to time.
 */
// Opened at start-up so a broken cache folder shows in the log and in readiness before the first request.
@Startup
@ApplicationScoped
public class DurableStore {

    private static final Logger LOG = Logger.getLogger(DurableStore.class);
    static final String FILE_NAME = "results.mv.db";
    /** How long after a failed open the file is tried again (e.g. once the other process holding it exits). */
    private static final Duration REOPEN_AFTER = Duration.ofMinutes(1);

    private final YoyakConfig config;
    private volatile MVStore store;
    private volatile MVMap<String, String> results;
    private volatile String problem;
    private volatile long reopenAt;

    public DurableStore(YoyakConfig config) {
        this.config = config;
    }

    /** Opens (or creates) the store file; a store that cannot be opened is reported, not fatal. */
    @PostConstruct
    public synchronized void open() {
        if (!config.cache().durable() || store != null) {
            return;
        }
        Path dir = config.cache().dir();
        try {
            Files.createDirectories(dir);
            MVStore opened = new MVStore.Builder().fileName(dir.resolve(FILE_NAME).toString()).compress().open();
            results = opened.openMap("results");
            store = opened;
            problem = null;
            LOG.infof("Durable cache at %s holds %d results", dir, results.size());
        } catch (IOException | RuntimeException e) {
            // The service still works from memory; readiness reports why the durable tier is missing.
            problem = whyNotOpened(dir, e);
            reopenAt = System.nanoTime() + REOPEN_AFTER.toNanos();
            LOG.warnf("Durable cache not in use, results are kept in memory only: %s", problem);
        }
    }

    private static String whyNotOpened(Path dir, Exception e) {
        if (e instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
            return "the cache file " + dir.resolve(FILE_NAME) + " is in use by another process (a second yoyak on "
                    + "the same cache folder?); give each instance its own YOYAK_CACHE_DIR, or share results via Redis";
        }
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.FileSystemException
                && String.valueOf(e.getMessage()).contains("Read-only")) {
            return "the cache folder " + dir + " cannot be written (" + e.getMessage() + ")";
        }
        return "cannot open " + dir + ": " + e.getMessage();
    }

    /** Flushes and closes the file. */
    @PreDestroy
    public synchronized void close() {
        MVStore current = store;
        store = null;
        results = null;
        if (current != null && !current.isClosed()) {
            try {
                current.close();
            } catch (RuntimeException e) {
                LOG.warnf("Durable cache did not close cleanly: %s", e.getMessage());
            }
        }
    }

    /** The stored value for a key, if the durable tier is open and holds it; a read failure is a miss. */
    public Optional<String> get(String key) {
        MVMap<String, String> map = results;
        if (map == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(map.get(key));
        } catch (RuntimeException e) {
            failed("reading", e);
            return Optional.empty();
        }
    }

    /** Stores and commits a value; a write failure (full disk...) is reported in readiness, never thrown. */
    public void put(String key, String value) {
        reopenIfDue();
        MVMap<String, String> map = results;
        MVStore current = store;
        if (map == null || current == null) {
            return;
        }
        try {
            map.put(key, value);
            current.commit();
            if (problem != null) {
                LOG.info("Durable cache writes again");
                problem = null;
            }
        } catch (RuntimeException e) {
            failed("writing", e);
        }
    }

    /** Drops one entry, e.g. one that no longer deserializes. */
    public void remove(String key) {
        MVMap<String, String> map = results;
        if (map != null) {
            try {
                map.remove(key);
            } catch (RuntimeException e) {
                failed("removing", e);
            }
        }
    }

    private void failed(String what, RuntimeException e) {
        String reason = what + " the cache file failed: " + e.getMessage();
        if (!reason.equals(problem)) {
            LOG.warnf("Durable cache degraded: %s", reason);
        }
        problem = reason;
    }

    private void reopenIfDue() {
        if (store == null && problem != null && System.nanoTime() - reopenAt >= 0) {
            open();
        }
    }

    /** Why the durable tier is not (fully) in use, if it was enabled and failed to open, read or write. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether the durable tier is open. */
    public boolean isOpen() {
        return results != null;
    }
}
