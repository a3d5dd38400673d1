package dev.yoyak.korean;

/**
 * A fidelity finding about the translation, computed by code.
 *
 * @param kind     {@code number} or {@code omission}
 * @param severity {@code warning} (worth a look) or {@code error} (content is missing)
 * @param source   the Korean text the finding is about
 * @param detail   what was expected and not found
 */
public record Check(String kind, String severity, String source, String detail) {
}
