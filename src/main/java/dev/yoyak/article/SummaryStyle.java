package dev.yoyak.article;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How the summary is laid out. */
@RegisterForReflection
public enum SummaryStyle {
    /** A short paragraph in each language (the default). */
    PROSE,
    /** One point per line in each language, the same points in the same order. */
    BULLETS;

    /** The allowed request values, as a regular expression (kept equal to the constants by a test). */
    public static final String PATTERN = "prose|bullets";
    /** What the request option means, for the API description. */
    public static final String DESCRIPTION = "prose: a short paragraph in each language; bullets: one point per line in each "
            + "language, the same points in the same order";
    /** The allowed request values, for error messages. */
    public static final String ALLOWED = "summaryStyle must be one of: prose, bullets";

    /** The request and answer form of this style. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }


    /** The style a request names; {@code null} means the default, {@link #PROSE}. */
    public static SummaryStyle of(String value) {
        return value == null ? PROSE : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
