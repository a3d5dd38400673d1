package dev.yoyak.korean;

/**
 * A fidelity finding about a translation, as {@link FidelityChecks} reports it (the answer carries it as a check).
 *
 * @param kind     {@link #NUMBER}, {@link #OMISSION}, or a failed validation of a model's answer
 *                 ({@link TranslationValidator}): {@link #UNTRANSLATED}, {@link #LANGUAGE}, {@link #REPETITION},
 *                 {@link #LENGTH}, {@link #ALIGNMENT}, {@link #SUMMARY}
 * @param severity {@link #WARNING} (worth a look) or {@link #ERROR} (content is missing)
 * @param source   the Korean text the finding is about
 * @param detail   what was expected and not found
 */
public record Finding(String kind, String severity, String source, String detail) {

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
}
