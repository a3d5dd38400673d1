package dev.yoyak.cache;

import java.nio.charset.StandardCharsets;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The durable tier's maps inside one MVStore: the answers, and the order they were written in, so that the
 * oldest written go first once the answers' bytes (UTF-8 JSON, before MVStore's compression) pass the bound.
 * MVStore itself never evicts; this bookkeeping is what no key-value store at hand does for a single file.
 */
final class BoundedResults {

    private static final String BYTES = "bytes";

    private final MVStore store;
    private final MVMap<String, String> results;
    private final MVMap<String, Long> writtenAt;
    private final MVMap<Long, String> order;
    private final MVMap<String, Long> meta;
    private final long maxBytes;

    BoundedResults(MVStore store, long maxBytes) {
        this.store = store;
        this.results = store.openMap("results");
        this.writtenAt = store.openMap("written-at");
        this.order = store.openMap("write-order");
        this.meta = store.openMap("meta");
        this.maxBytes = maxBytes;
        if (writtenAt.size() != results.size()) {
            index(); // a file from before the bound (or cut short): give every answer its place in the order
        }
    }

    private synchronized void index() {
        writtenAt.clear();
        order.clear();
        long bytes = 0;
        long seq = 0;
        for (var entry : results.entrySet()) {
            seq++;
            writtenAt.put(entry.getKey(), seq);
            order.put(seq, entry.getKey());
            bytes += size(entry.getValue());
        }
        meta.put(BYTES, bytes);
        evict();
        store.commit();
    }

    String get(String key) {
        return results.get(key);
    }

    int size() {
        return results.size();
    }

    /** Answer bytes held now. */
    long bytes() {
        return meta.getOrDefault(BYTES, 0L);
    }

    /** Stores and commits an answer as the newest, evicting the oldest beyond the bound. */
    synchronized void put(String key, String value) {
        drop(key);
        long seq = order.isEmpty() ? 1 : order.lastKey() + 1;
        results.put(key, value);
        writtenAt.put(key, seq);
        order.put(seq, key);
        meta.put(BYTES, bytes() + size(value));
        evict();
        store.commit();
    }

    /** Removes an answer and commits. */
    synchronized void remove(String key) {
        if (drop(key)) {
            store.commit();
        }
    }

    private boolean drop(String key) {
        String old = results.remove(key);
        Long seq = writtenAt.remove(key);
        if (seq != null) {
            order.remove(seq);
        }
        if (old != null) {
            meta.put(BYTES, Math.max(0, bytes() - size(old)));
        }
        return old != null;
    }

    private void evict() {
        while (bytes() > maxBytes && !order.isEmpty()) {
            drop(order.remove(order.firstKey()));
        }
    }

    private static long size(String value) {
        return value.getBytes(StandardCharsets.UTF_8).length;
    }
}
