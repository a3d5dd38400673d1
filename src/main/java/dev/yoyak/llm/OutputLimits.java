package dev.yoyak.llm;

import java.util.List;

import dev.yoyak.article.SummaryForm;
import dev.yoyak.korean.TokenEstimate;

/**
 * The output limit of every model call, in proportion to what it asks for, so a looping answer is cut off
 * after about as much as a good one would have cost. Calibrated on the corpus (README, "Checks"): English runs
 * at a median 0.7 tokens per estimated Korean token (99th percentile 1.06 over five-line articles, 2.3 over
 * single lines, which the fixed allowance covers).
 */
final class OutputLimits {

    /** Output tokens allowed per estimated input token of the paragraphs. */
    static final double PER_INPUT_TOKEN = 1.5;
    /** Tokens for the markers and a short paragraph's headroom. */
    static final int BASE = 48;
    /** The [notes] line (one or two sentences) and the [names] line (the opening's names). */
    static final int NOTES = 96;
    static final int NAMES = 160;
    /** A summary's tokens per requested sentence, in both languages and its JSON. */
    static final int PER_SUMMARY_SENTENCE = 120;

    private OutputLimits() {
    }

    /** A translation call: its paragraphs' size, the lines it asks for after them; twice as much on a re-ask. */
    static int translation(List<String> korean, ArticleModel.Extras extras, boolean reask) {
        int tokens = TokenEstimate.of(String.join("\n", korean));
        int limit = (int) Math.ceil(PER_INPUT_TOKEN * tokens) + BASE
                + (extras == ArticleModel.Extras.NONE ? 0 : NOTES)
                + (extras == ArticleModel.Extras.NOTES_AND_NAMES ? NAMES : 0);
        // A re-ask concerns a paragraph that failed, perhaps by being cut off: give it room to finish.
        return reask ? 2 * limit : limit;
    }

    /** A summary: the sentences asked for. */
    static int summary(SummaryForm form) {
        return BASE + PER_SUMMARY_SENTENCE * Math.max(1, form.sentences());
    }

    /** The notes of a part of a long article: a fraction of the part. */
    static int notes(String korean) {
        return BASE + TokenEstimate.of(korean) / 2 + NOTES;
    }
}
