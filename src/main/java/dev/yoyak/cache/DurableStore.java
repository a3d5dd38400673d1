package dev.yoyak.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.jboss.logging.Logger;

import dev.yoyak.config.YoyakConfig;
import io.quarkus.runtime.Startup;

/**
 * Durable local cache tier: an H2 MVStore file under {@code yoyak.cache.dir} (a maintained, pure-Java,
 * single-file key-value store: no server, no JNI), bounded by {@code yoyak.cache.durable-max-size} (oldest
 * written evicted first, see {@link BoundedResults}); every put is committed at once so an answer that was paid
 * for survives a crash or restart. The tier degrades, never fails a request, and heals: a file locked by another
 * process, a folder that cannot be written or a full disk close the store and leave the service on its memory
 * tier (readiness says why); the next read or write after {@code yoyak.cache.durable-retry} opens it again, and
 * the answers written meanwhile (up to {@link #PENDING_MAX}) are written then, so none is lost once the disk takes
 * writes again.
 */
// Opened at start-up so a broken cache folder shows in the log and in readiness before the first request.
@Startup
@ApplicationScoped
public class DurableStore {

    private static final Logger LOG = Logger.getLogger(DurableStore.class);
    static final String FILE_NAME = "results.mv.db";
    /** Answers kept for the file while it cannot be written; the oldest are given up beyond this. */
    static final int PENDING_MAX = 1000;

    private final boolean enabled;
    private final Path dir;
    private final String fileName;
    private final long maxBytes;
    private final Duration retry;
    private final Map<String, String> pending = new LinkedHashMap<>();
    private volatile MVStore store;
    private volatile BoundedResults results;
    private volatile String problem;
    private volatile long reopenAt;

    @Inject
    public DurableStore(YoyakConfig config) {
        this(config.cache().durable(), config.cache().dir(), "", config.cache().durableMaxSize().asLongValue(),
                config.cache().durableRetry());
    }

    /** {@code scheme}: an H2 file-system prefix before the file name ("" for the plain disk; tests inject faults). */
    DurableStore(boolean enabled, Path dir, String scheme, long maxBytes, Duration retry) {
        this.enabled = enabled;
        this.dir = dir;
        this.fileName = scheme + dir.resolve(FILE_NAME);
        this.maxBytes = maxBytes;
        this.retry = retry;
    }

    /** Opens (or creates) the store file and writes what waited for it; a failure is reported, not fatal. */
    @PostConstruct
    public synchronized void open() {
        if (!enabled || store != null) {
            return;
        }
        MVStore opened = null;
        try {
            Files.createDirectories(dir);
            opened = new MVStore.Builder().fileName(fileName).compress().open();
            BoundedResults map = new BoundedResults(opened, maxBytes);
            int waiting = pending.size();
            pending.forEach(map::put);
            pending.clear();
            store = opened;
            results = map;
            LOG.infof("Durable cache at %s holds %d results (%d bytes)%s", dir, map.size(), map.bytes(),
                    waiting > 0 ? "; wrote the " + waiting + " made while it was away" : "");
            problem = null;
        } catch (IOException | RuntimeException e) {
            closeQuietly(opened);
            degrade(whyNotOpened(e));
        }
    }

    private String whyNotOpened(Exception e) {
        if (e instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
            return "the cache file " + dir.resolve(FILE_NAME) + " is in use by another process (a second yoyak on "
                    + "the same cache folder?); give each instance its own YOYAK_CACHE_DIR, or share results via Redis";
        }
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.FileSystemException
                && String.valueOf(e.getMessage()).contains("Read-only")) {
            return "the cache folder " + dir + " cannot be written (" + e.getMessage() + ")";
        }
        return "cannot open " + dir + ": " + describe(e);
    }

    /** Writes what still waits for the file if it can be written now (shutdown does not wait out the retry), closes it. */
    @PreDestroy
    public synchronized void close() {
        if (store == null && !pending.isEmpty()) {
            open();
        }
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

    /** The stored value for a key (also one still waiting to be written); a read failure is a miss. */
    public Optional<String> get(String key) {
        reopenIfDue();
        BoundedResults map = results;
        if (map == null) {
            synchronized (this) {
                return Optional.ofNullable(pending.get(key));
            }
        }
        try {
            return Optional.ofNullable(map.get(key));
        } catch (RuntimeException e) {
            failed("reading", e);
            return Optional.empty();
        }
    }

    /** Stores and commits a value; while the file cannot be written it waits in memory, never thrown. */
    public void put(String key, String value) {
        if (!enabled) {
            return;
        }
        reopenIfDue();
        BoundedResults map = results;
        if (map != null) {
            try {
                map.put(key, value);
                return;
            } catch (RuntimeException e) {
                failed("writing", e);
            }
        }
        keep(key, value);
    }

    private synchronized void keep(String key, String value) {
        pending.remove(key);
        pending.put(key, value);
        if (pending.size() > PENDING_MAX) {
            String oldest = pending.keySet().iterator().next();
            pending.remove(oldest);
            LOG.warnf("Durable cache still away: answer %s is kept in memory only", oldest);
        }
    }

    /** Drops one entry, e.g. one that no longer deserializes. */
    public void remove(String key) {
        synchronized (this) {
            pending.remove(key);
        }
        BoundedResults map = results;
        if (map != null) {
            try {
                map.remove(key);
            } catch (RuntimeException e) {
                failed("removing", e);
            }
        }
    }

    /**
     * A failed read or write (a full disk...): MVStore may have closed itself, so the store is closed here
     * for good and opened afresh after {@code retry}; what it held on disk is read again then.
     */
    private synchronized void failed(String what, RuntimeException e) {
        MVStore current = store;
        store = null;
        results = null;
        closeQuietly(current);
        degrade(what + " the cache file failed: " + describe(e));
    }

    /** The message and, when it says more, the root cause's (MVStore wraps "No space left on device"). */
    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
    }

    private synchronized void degrade(String reason) {
        if (!reason.equals(problem)) {
            LOG.warnf("Durable cache degraded, results are kept in memory until it can be written again: %s", reason);
        }
        problem = reason;
        reopenAt = System.nanoTime() + retry.toNanos();
    }

    private static void closeQuietly(MVStore current) {
        if (current != null && !current.isClosed()) {
            try {
                current.closeImmediately();
            } catch (RuntimeException e) {
                LOG.debugf("Closing the failed store: %s", e.getMessage());
            }
        }
    }

    private void reopenIfDue() {
        if (store == null && problem != null && System.nanoTime() - reopenAt >= 0) {
            open();
        }
    }

    /** Why the durable tier is not in use now, if it was enabled and failed to open, read or write. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether the durable tier is open. */
    public boolean isOpen() {
        return results != null;
    }

    /** Answers waiting in memory for the file to take writes again. */
    public synchronized int pendingCount() {
        return pending.size();
    }
}
