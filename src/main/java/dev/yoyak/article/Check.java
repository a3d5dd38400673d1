package dev.yoyak.article;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A finding about the translation, computed by code: a figure or paragraph lost, or what the validation of the
 * model's answer still found after its re-asks.
 *
 * @param kind     {@link #NUMBER}, {@link #OMISSION}, or a failed validation of the model's answer:
 *                 {@link #UNTRANSLATED}, {@link #LANGUAGE}, {@link #REPETITION}, {@link #LENGTH},
 *                 {@link #ALIGNMENT}, {@link #SUMMARY}
 * @param severity {@link #WARNING} (worth a look) or {@link #ERROR} (content is missing)
 * @param source   the Korean text the finding is about
 * @param detail   what was expected and not found
 */
@RegisterForReflection
public record Check(String kind, String severity, String source, String detail) {

    /** A figure of the source is not stated in the English. */
    public static final String NUMBER = "number";
    /** A paragraph, or most of its sentences, is missing from the English. */
    public static final String OMISSION = "omission";
    /** The English is (partly) the Korean text still. */
    public static final String UNTRANSLATED = "untranslated";
    /** The English holds another script (Chinese, Japanese…) that the Korean does not have. */
    public static final String LANGUAGE = "language";
    /** The English repeats a stretch of text over and over (a loop). */
    public static final String REPETITION = "repetition";
    /** The English is far shorter or longer than a translation of the Korean is. */
    public static final String LENGTH = "length";
    /** The English seems to belong to a neighbouring paragraph too (merged) or instead (shifted). */
    public static final String ALIGNMENT = "alignment";
    /** The summary is not English and Korean, loops, or its points do not pair up. */
    public static final String SUMMARY = "summary";
    /** Worth a look. */
    public static final String WARNING = "warning";
    /** Content is missing. */
    public static final String ERROR = "error";

    /** Every kind a check can have (the API documents them as an enum). */
    public static final List<String> KINDS = List.of(NUMBER, OMISSION, UNTRANSLATED, LANGUAGE, REPETITION, LENGTH,
            ALIGNMENT, SUMMARY);
    /** The kinds that say the model's answer failed validation: an answer carrying one is never stored. */
    public static final List<String> INVALID = List.of(UNTRANSLATED, LANGUAGE, REPETITION, LENGTH, ALIGNMENT, SUMMARY);

    /** True when this check says the model's answer is not usable as it is (a failed validation). */
    public boolean invalid() {
        return INVALID.contains(kind);
    }

    /** Every severity a check can have. */
    public static final List<String> SEVERITIES = List.of(WARNING, ERROR);
}
