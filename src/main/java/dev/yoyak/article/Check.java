package dev.yoyak.article;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A fidelity finding about the translation, computed by code.
 *
 * @param kind     {@link #NUMBER} or {@link #OMISSION}
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
    /** Worth a look. */
    public static final String WARNING = "warning";
    /** Content is missing. */
    public static final String ERROR = "error";

    /** Every kind a check can have (the API documents them as an enum). */
    public static final List<String> KINDS = List.of(NUMBER, OMISSION);
    /** Every severity a check can have. */
    public static final List<String> SEVERITIES = List.of(WARNING, ERROR);
}
