package dev.yoyak.korean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Normalization and language checks for pasted Korean article text; plain Java, no model involved. */
public final class KoreanText {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private KoreanText() {
    }

    /**
     * Canonical form of an article: Unicode NFC, control and bidi-override characters removed, runs of
     * horizontal white space folded to one space, lines trimmed, runs of blank lines folded to one, the whole
     * trimmed. Line structure is kept because a line break separates paragraphs in pasted news text. One pass
     * over the characters: this runs on every request, cache hits included.
     */
    public static String normalize(String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        StringBuilder line = new StringBuilder();
        boolean pendingBlank = false;
        int length = nfc.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? nfc.charAt(i) : '\n';
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C' || c == '\u0085') {
                if (c == '\r' && i + 1 < length && nfc.charAt(i + 1) == '\n') {
                    i++;
                }
                int end = line.length();
                while (end > 0 && line.charAt(end - 1) == ' ') {
                    end--;
                }
                if (end == 0) {
                    pendingBlank = out.length() > 0;
                } else {
                    if (out.length() > 0) {
                        out.append(pendingBlank ? "\n\n" : "\n");
                    }
                    out.append(line, 0, end);
                    pendingBlank = false;
                }
                line.setLength(0);
            } else if (isHorizontalSpace(c)) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else if (!isInvisible(c)) {
                line.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u1680' || c == '\u180E' || (c >= '\u2000' && c <= '\u200B')
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    // Control characters (NUL and friends) and bidi overrides carry no text and can hide text from a reader.
    private static boolean isInvisible(char c) {
        return Character.getType(c) == Character.CONTROL || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
    }

    /** True when the text holds at least one Hangul letter (syllable or jamo). */
    public static boolean containsHangul(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL);
    }

    /** Non-empty lines of a text, each trimmed: the paragraphs of a pasted article or of a model's answer. */
    public static List<String> paragraphs(String text) {
        List<String> result = new ArrayList<>();
        for (String line : LINE_BREAK.split(text)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        return result;
    }
}
