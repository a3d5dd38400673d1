package dev.yoyak.article;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The speech level of the Korean summary. */
@RegisterForReflection
public enum KoreanRegister {
    /** 했다체, the plain news style (the default). */
    PLAIN,
    /** 합니다체, formal and polite. */
    FORMAL,
    /** 해요체, polite and friendly. */
    POLITE,
    /** 개조식, terse noun-ending points ("~ 체결", "~할 예정"). */
    BRIEF;

    /** The allowed request values, as a regular expression (kept equal to the constants by a test). */
    public static final String PATTERN = "plain|formal|polite|brief";
    /** What the request option means, for the API description. */
    public static final String DESCRIPTION = "Speech level of the Korean summary: plain (했다체, news style), formal "
            + "(합니다체), polite (해요체), brief (개조식: noun-ending points such as ~ 체결, ~할 예정)";
    /** The allowed request values, for error messages. */
    public static final String ALLOWED = "koreanRegister must be one of: plain, formal, polite, brief";

    /** The request and answer form of this register. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }


    /** The register a request names; {@code null} means the default, {@link #PLAIN}. */
    public static KoreanRegister of(String value) {
        return value == null ? PLAIN : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
