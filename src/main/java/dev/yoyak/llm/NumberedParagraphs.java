package dev.yoyak.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code [n] text} format paragraphs travel in, so each translated paragraph finds its source. */
public final class NumberedParagraphs {

    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*\\[(\\d{1,4})\\]\\s*");

    private NumberedParagraphs() {
    }

    /** {@code [1] first\n[2] second}. */
    public static String format(List<String> paragraphs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            out.append('[').append(i + 1).append("] ").append(paragraphs.get(i)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /**
     * The paragraphs of a model's answer by number; a number the answer lacks stays empty. Lines before the
     * first marker (a preface) are ignored, lines after a marker belong to that paragraph.
     */
    public static List<String> parse(String answer, int expected) {
        List<String> result = new ArrayList<>(Collections.nCopies(expected, ""));
        if (answer == null) {
            return result;
        }
        Matcher m = MARKER.matcher(answer);
        int number = -1;
        int textStart = 0;
        while (m.find()) {
            put(result, number, answer.substring(textStart, m.start()));
            number = Integer.parseInt(m.group(1));
            textStart = m.end();
        }
        put(result, number, answer.substring(textStart));
        if (expected == 1 && result.get(0).isEmpty() && number < 0) {
            // A single paragraph answered without its marker is still that paragraph.
            result.set(0, join(answer));
        }
        return result;
    }

    private static void put(List<String> result, int number, String text) {
        if (number >= 1 && number <= result.size() && result.get(number - 1).isEmpty()) {
            result.set(number - 1, join(text));
        }
    }

    private static String join(String text) {
        return String.join(" ", text.strip().split("\\s*\\R\\s*")).strip();
    }
}
