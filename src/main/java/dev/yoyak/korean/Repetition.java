package dev.yoyak.korean;

import java.util.HashMap;
import java.util.Map;

/**
 * Degenerate repetition in a model's output: the same stretch of text over and over, as small models do when
 * they fall into a loop. Fed piece by piece while an answer streams, it tells as soon as the text written so
 * far ends in a loop, so the call can be cut off at once; {@link #in(String)} judges a whole text.
 *
 * <p>A loop is a unit of 1 to {@value #MAX_UNIT} characters repeated back to back (white space folded, case
 * ignored) at least {@value #MIN_COPIES} times over at least {@value #MIN_SPAN} characters, or one sentence of
 * {@value #MIN_SENTENCE}+ characters occurring {@value #MIN_COPIES} times in the text. Written by hand: no
 * library at hand detects periodic tails incrementally.
 */
public final class Repetition {

    static final int MAX_UNIT = 400;
    static final int MIN_COPIES = 3;
    static final int MIN_SPAN = 64;
    static final int MIN_SENTENCE = 24;
    /** How many characters may arrive between two looks at the tail (bounds the work per piece). */
    private static final int STRIDE = 16;

    private final StringBuilder text = new StringBuilder();
    private final Map<String, Integer> sentences = new HashMap<>();
    private int sentenceStart;
    private int lookedAt;
    private String found;

    /** Adds the next piece of the answer; true once the text so far holds a loop (and from then on). */
    public boolean add(String piece) {
        if (found != null) {
            return true;
        }
        for (int i = 0; i < piece.length(); i++) {
            char c = Character.toLowerCase(piece.charAt(i));
            boolean space = Character.isWhitespace(c);
            if (space && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
                continue;
            }
            text.append(space ? ' ' : c);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '。') {
                sentenceEnded();
            }
            if (found == null && text.length() - lookedAt >= STRIDE) {
                lookAtTail();
            }
        }
        if (found == null) {
            lookAtTail();
        }
        return found != null;
    }

    /** The repeated unit once a loop was seen, else null. */
    public String unit() {
        return found;
    }

    /** True when the whole text holds a loop anywhere (not only at its end). */
    public static boolean in(String text) {
        return unitIn(text) != null;
    }

    /** The repeated unit of a loop anywhere in the text, or null. */
    public static String unitIn(String text) {
        Repetition r = new Repetition();
        // In strides, as a stream would arrive: a loop the model escaped from is seen too, not only one at the end.
        for (int i = 0; i < text.length() && r.found == null; i += STRIDE) {
            r.add(text.substring(i, Math.min(text.length(), i + STRIDE)));
        }
        return r.found;
    }

    private void sentenceEnded() {
        String sentence = text.substring(sentenceStart).strip();
        sentenceStart = text.length();
        if (sentence.length() >= MIN_SENTENCE && sentences.merge(sentence, 1, Integer::sum) >= MIN_COPIES) {
            found = sentence;
        }
    }

    /** Whether the text ends in a unit repeated back to back: period p holds over the last max(3p, 64) chars. */
    private void lookAtTail() {
        lookedAt = text.length();
        int n = text.length();
        for (int p = 1; p <= MAX_UNIT && p * MIN_COPIES <= n; p++) {
            int span = Math.max(p * MIN_COPIES, MIN_SPAN);
            if (span > n) {
                break;
            }
            int k = 0;
            while (k < span - p && text.charAt(n - 1 - k) == text.charAt(n - 1 - k - p)) {
                k++;
            }
            if (k >= span - p && !text.substring(n - p).isBlank()) {
                found = text.substring(n - p);
                return;
            }
        }
    }
}
