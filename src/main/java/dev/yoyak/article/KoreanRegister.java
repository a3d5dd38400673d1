package dev.yoyak.article;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The speech level of the Korean summary. */
@RegisterForReflection
public enum KoreanRegister implements OptionValue {
    /** 했다체, the plain news style (the default). */
    PLAIN,
    /** 합니다체, formal and polite. */
    FORMAL,
    /** 해요체, polite and friendly. */
    POLITE,
    /** 개조식, terse noun-ending points ("~ 체결", "~할 예정"). */
    BRIEF;

    /** What the request option means, for the API description. */
    public static final String DESCRIPTION = "Speech level of the Korean summary: plain (했다체, news style), formal "
            + "(합니다체), polite (해요체), brief (개조식: noun-ending points such as ~ 체결, ~할 예정)";

    /** The request and answer form of this register. */
    @Override
    @JsonValue
    public String value() {
        return OptionValue.super.value();
    }

    /** The register a request names; {@code null} means the default, {@link #PLAIN}. */
    public static KoreanRegister of(String value) {
        return value == null ? PLAIN : valueOf(value.toUpperCase(Locale.ROOT));
    }
}
