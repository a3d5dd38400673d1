package dev.yoyak.korean;

/**
 * A fidelity finding about a translation, as {@link FidelityChecks} reports it (the answer carries it as a check).
 *
 * @param kind     {@link #NUMBER} or {@link #OMISSION}
 * @param severity {@link #WARNING} (worth a look) or {@link #ERROR} (content is missing)
 * @param source   the Korean text the finding is about
 * @param detail   what was expected and not found
 */
public record Finding(String kind, String severity, String source, String detail) {

    /** A figure of the source is not stated in the English. */
    public static final String NUMBER = "number";
    /** A paragraph, or most of its sentences, is missing from the English. */
    public static final String OMISSION = "omission";
    /** Worth a look. */
    public static final String WARNING = "warning";
    /** Content is missing. */
    public static final String ERROR = "error";
}
