package dev.yoyak.korean;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Normalization and language checks for pasted Korean article text; plain Java, no model involved. */
public final class KoreanText {

    // Horizontal white space as pasted from web pages: tabs, NBSP, ideographic and other Unicode spaces.
    private static final Pattern HORIZONTAL_SPACE = Pattern.compile("[\\h\\u200B\\uFEFF]+");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    // Control characters (NUL and friends) and bidi overrides carry no text and can hide text from a reader.
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F]");

    private KoreanText() {
    }

    /**
     * Canonical form of an article: Unicode NFC, control and bidi-override characters removed, runs of
     * horizontal white space folded to one space, lines
     * trimmed, runs of blank lines folded to one, the whole trimmed. Line structure is kept because a line
     * break separates paragraphs in pasted news text.
     */
    public static String normalize(String text) {
        String nfc = INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll("");
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingBlank = false;
        for (String rawLine : LINE_BREAK.split(nfc, -1)) {
            String line = HORIZONTAL_SPACE.matcher(rawLine).replaceAll(" ").strip();
            if (line.isEmpty()) {
                pendingBlank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(pendingBlank ? "\n\n" : "\n");
            }
            out.append(line);
            pendingBlank = false;
        }
        return out.toString();
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
