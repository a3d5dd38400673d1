package dev.yoyak.korean;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers an English translation states: digits with scale words, and small number words. */
public final class EnglishNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(\\d[\\d,]*(?:\\.\\d+)?)(?:[\\s-]?(thousand|million|billion|trillion|mn|bn|tn|k)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("once", 1),
            Map.entry("twice", 2), Map.entry("double", 2), Map.entry("triple", 3), Map.entry("a", 1),
            Map.entry("an", 1));
    private static final Pattern WORD = Pattern.compile(
            "\\b(" + String.join("|", WORDS.keySet()) + ")(?:[\\s-](thousand|million|billion|trillion)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec" };

    private EnglishNumbers() {
    }

    /** Every value the text states, scale words applied (1.3 trillion → 1300000000000). */
    public static List<BigDecimal> values(String english) {
        List<BigDecimal> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(english);
        while (m.find()) {
            values.add(new BigDecimal(m.group(1).replace(",", "")).multiply(scale(m.group(2))));
        }
        Matcher w = WORD.matcher(english);
        while (w.find()) {
            String word = w.group(1).toLowerCase(Locale.ROOT);
            // "a"/"an" count only as "a million" and the like, never alone.
            if (word.length() > 2 || w.group(2) != null) {
                values.add(BigDecimal.valueOf(WORDS.get(word)).multiply(scale(w.group(2))));
            }
        }
        return values;
    }

    /** True when the English states a value within half a percent of {@code expected} (rounding allowed). */
    public static boolean states(String english, BigDecimal expected) {
        BigDecimal tolerance = expected.abs().multiply(new BigDecimal("0.005"), MathContext.DECIMAL64);
        return values(english).stream().anyMatch(v -> v.subtract(expected).abs().compareTo(tolerance) <= 0);
    }

    /** True when the English names the month and day (July 30, 30 July, Jul. 30, 7/30). */
    public static boolean statesDate(String english, int month, int day) {
        String lower = english.toLowerCase(Locale.ROOT);
        String name = MONTHS[month - 1];
        return Pattern.compile("\\b" + name + "[a-z]*\\.?\\s+" + day + "(?!\\d)").matcher(lower).find()
                || Pattern.compile("(?<!\\d)" + day + "(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + name).matcher(lower).find()
                || Pattern.compile("(?<!\\d)" + month + "/" + day + "(?!\\d)").matcher(lower).find();
    }

    private static BigDecimal scale(String word) {
        if (word == null) {
            return BigDecimal.ONE;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000);
            case "million", "mn" -> BigDecimal.TEN.pow(6);
            case "billion", "bn" -> BigDecimal.TEN.pow(9);
            default -> BigDecimal.TEN.pow(12);
        };
    }
}
