package dev.yoyak.cache;

import java.util.Base64;

/**
 * A complete answer as the memory tier keeps it: the JSON bytes a cache hit sends as they are (already marked
 * {@code "cached": true}), and their entity tag.
 *
 * @param json the serialized answer, UTF-8
 * @param etag a weak entity tag derived from those bytes: a different answer has a different tag
 */
public record StoredAnswer(byte[] json, String etag) {

    /** The stored form of serialized answer bytes, with their tag. */
    public static StoredAnswer of(byte[] json) {
        return new StoredAnswer(json, tagOf(json));
    }

    /**
     * A weak tag ({@code W/"…"}): the answer is the same one whatever its {@code cached} flag says, so a client
     * holding the fresh answer may revalidate it against the cached one. 128 bits of SHA-256 of the bytes.
     */
    public static String tagOf(byte[] json) {
        byte[] digest = CacheKey.sha256(json);
        return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16)) + "\"";
    }

    /** Approximate heap bytes the memory tier spends on this answer (array, tag, key and entry overhead). */
    int weight() {
        return json.length + 256;
    }
}
