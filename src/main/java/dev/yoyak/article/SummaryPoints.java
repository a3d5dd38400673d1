package dev.yoyak.article;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A bullet summary's points, one per line, as clean text: whatever list marker a model puts before a point
 * ("1.", "2)", "-", "•", "*", "·", "①") is dropped, as are blank lines.
 */
public final class SummaryPoints {

    // A number with . or ) (not 1.3, a decimal), a circled number, a bullet sign, or a dash / star / plus
    // followed by a space (so "-3%" and "**bold**" keep their first character).
    private static final Pattern MARKER = Pattern.compile(
            "^(?:\\(?\\d{1,2}[.)](?!\\d)|[\\u2460-\\u2473]|[•·▪●○◦‣]|[-–—*+]\\s)\\s*");

    private SummaryPoints() {
    }

    /** The points of one language's answer, in order. */
    public static List<String> parse(String answer) {
        if (answer == null) {
            return List.of();
        }
        return answer.lines()
                .map(String::strip)
                .map(line -> MARKER.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The points as the answer carries them: one per line. */
    public static String join(List<String> points) {
        return String.join("\n", points);
    }
}
