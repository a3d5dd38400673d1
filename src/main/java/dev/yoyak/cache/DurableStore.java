package dev.yoyak.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import dev.yoyak.config.YoyakConfig;
import io.quarkus.runtime.Startup;

/**
 * Durable local cache tier: an H2 MVStore file under {@code yoyak.cache.dir}. MVStore is a maintained,
 * pure-Java, single-file key-value store (no server, no JNI, so it also works in a native image); every put
 * is committed at once so an answer that was paid for survives a crash or restart.
 */
// Opened at start-up so a broken cache folder shows in the log and in readiness before the first request.
@Startup
@ApplicationScoped
public class DurableStore {

    private static final Logger LOG = Logger.getLogger(DurableStore.class);
    static final String FILE_NAME = "results.mv.db";

    private final YoyakConfig config;
    private volatile MVStore store;
    private volatile MVMap<String, String> results;
    private volatile String problem;

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
            problem = "cannot open " + dir + ": " + e.getMessage();
            LOG.warnf("Durable cache disabled: %s", problem);
        }
    }

    /** Flushes and closes the file. */
    @PreDestroy
    public synchronized void close() {
        MVStore current = store;
        store = null;
        results = null;
        if (current != null && !current.isClosed()) {
            current.close();
        }
    }

    /** The stored value for a key, if the durable tier is open and holds it. */
    public Optional<String> get(String key) {
        MVMap<String, String> map = results;
        return map == null ? Optional.empty() : Optional.ofNullable(map.get(key));
    }

    /** Stores and commits a value. */
    public void put(String key, String value) {
        MVMap<String, String> map = results;
        MVStore current = store;
        if (map == null || current == null) {
            return;
        }
        map.put(key, value);
        current.commit();
    }

    /** Drops one entry, e.g. one that no longer deserializes. */
    public void remove(String key) {
        MVMap<String, String> map = results;
        if (map != null) {
            map.remove(key);
        }
    }

    /** Why the durable tier is not in use, if it was enabled and failed to open. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Whether the durable tier is open. */
    public boolean isOpen() {
        return results != null;
    }
}
