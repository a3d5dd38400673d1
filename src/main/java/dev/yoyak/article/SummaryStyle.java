package dev.yoyak.article;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** How the summary is laid out. */
@RegisterForReflection
public enum SummaryStyle implements OptionValue {
    /** A short paragraph in each language (the default). */
    PROSE,
    /** One point per line in each language, the same points in the same order. */
    BULLETS;

    /** What the request option means, for the API description. */
    public static final String DESCRIPTION = "prose: a short paragraph in each language; bullets: one point per line in each "
            + "language, the same points in the same order";

    /** The request and answer form of this style. */
    @Override
    @JsonValue
    public String value() {
        return OptionValue.super.value();
    }

    /** The style a request names; {@code null} means the default, {@link #PROSE}. */
    public static SummaryStyle of(String value) {
        return value == null ? PROSE : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
