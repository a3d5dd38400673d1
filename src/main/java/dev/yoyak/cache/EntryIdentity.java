package dev.yoyak.cache;

/**
 * What a stored answer must say about itself to be served for a key: the key itself as its {@code id}, the
 * model and the prompt version in force. Checked on every read from a tier other processes or older builds
 * may have written (the durable file, Redis); an entry that differs is discarded, never served.
 *
 * @param id the cache key the entry was found under
 * @param model the model answers are attributed to now
 * @param promptVersion the prompt version in force now
 */
public record EntryIdentity(String id, String model, String promptVersion) {

    /** Thrown when an entry is not the answer to the key it was found under. */
    public static final class Mismatch extends RuntimeException {
        public Mismatch(String message) {
            super(message, null, false, false);
        }
    }

    /** Throws {@link Mismatch} naming the first field that differs from what this key expects. */
    public void check(String id, String model, String promptVersion) {
        if (!this.id.equals(id)) {
            throw new Mismatch("its id is " + id);
        }
        if (!this.model.equals(model)) {
            throw new Mismatch("it was made by model " + model + ", not " + this.model);
        }
        if (!this.promptVersion.equals(promptVersion)) {
            throw new Mismatch("it was made with prompts " + promptVersion + ", not " + this.promptVersion);
        }
    }
}
