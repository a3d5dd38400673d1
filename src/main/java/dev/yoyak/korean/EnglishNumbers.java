package dev.yoyak.korean;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the numbers an English translation states: digits with scale words, ranges, number words, points. */
public final class EnglishNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(\\d[\\d,]{0,23}(?:\\.\\d{1,12})?)(?:[\\s-]?(thousand|million|billion|trillion|mn|bn|tn|k)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("once", 1),
            Map.entry("twice", 2), Map.entry("double", 2), Map.entry("doubled", 2), Map.entry("doubling", 2),
            Map.entry("twofold", 2), Map.entry("triple", 3), Map.entry("tripled", 3), Map.entry("threefold", 3),
            Map.entry("quadrupled", 4), Map.entry("fourfold", 4), Map.entry("thrice", 3), Map.entry("a", 1),
            Map.entry("an", 1));
    private static final Pattern WORD = Pattern.compile(
            "\\b(" + String.join("|", WORDS.keySet()) + ")\\b(?:[\\s-](thousand|million|billion|trillion)\\b)?",
            Pattern.CASE_INSENSITIVE);
    /** "twenty-five", "thirty three": a tens word and a units word make one number. */
    private static final Pattern COMPOUND = Pattern.compile(
            "\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-](one|two|three|four|five|six|seven|eight|nine)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Between two numbers of a range: the first takes the second's scale word (200 to 300 billion). */
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s*(?:-|–|—|to|and|or)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS = Pattern.compile(
            "(?<![\\w.])(\\d[\\d,]{0,23}(?:\\.\\d{1,12})?)\\s*(?:%|percent)?\\s*(?:percentage[\\s-]points?|points?\\b|pts?\\b|pp\\b|p\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final String[] MONTHS = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec" };

    private EnglishNumbers() {
    }

    /** Every value the text states, scale words applied (1.3 trillion → 1300000000000; 200-300 billion → both). */
    public static List<BigDecimal> values(String english) {
        List<BigDecimal> values = new ArrayList<>();
        Matcher m = NUMBER.matcher(english);
        int previousEnd = -1;
        int previousIndex = -1;
        while (m.find()) {
            BigDecimal scale = scale(m.group(2));
            if (m.group(2) != null && previousIndex >= 0
                    && RANGE_JOIN.matcher(english.substring(previousEnd, m.start())).matches()) {
                values.add(values.get(previousIndex).multiply(scale));
            }
            values.add(new BigDecimal(m.group(1).replace(",", "")).multiply(scale));
            previousIndex = m.group(2) == null ? values.size() - 1 : -1;
            previousEnd = m.end();
        }
        Matcher w = WORD.matcher(english);
        while (w.find()) {
            String word = w.group(1).toLowerCase(Locale.ROOT);
            // "a"/"an" count only as "a million" and the like, never alone.
            if (word.length() > 2 || w.group(2) != null) {
                values.add(BigDecimal.valueOf(WORDS.get(word)).multiply(scale(w.group(2))));
            }
        }
        Matcher c = COMPOUND.matcher(english);
        while (c.find()) {
            values.add(BigDecimal.valueOf(WORDS.get(c.group(1).toLowerCase(Locale.ROOT))
                    + WORDS.get(c.group(2).toLowerCase(Locale.ROOT))));
        }
        return values;
    }

    /** Reads what an English text states once, so that each figure of a paragraph is then looked up, not re-read. */
    public static Stated read(String english) {
        return new Stated(english);
    }

    /**
     * The values an English text states, sorted: a figure is looked up in O(log n), so a paragraph of thousands of
     * figures costs no more than reading its translation once (the text is never scanned once per figure).
     */
    public static final class Stated {
        private final String lower;
        private final TreeSet<BigDecimal> values;
        private TreeSet<BigDecimal> points;
        private final Map<Integer, Boolean> dates = new HashMap<>();

        private Stated(String english) {
            this.lower = english.toLowerCase(Locale.ROOT);
            this.values = new TreeSet<>(values(english));
        }

        /** True when the English states a value within half a percent of {@code expected} (rounding allowed). */
        public boolean value(BigDecimal expected) {
            return near(values, expected);
        }

        /** True when the English states {@code expected} as percentage points (0.5 percentage point, 1.2 pp, 3%p). */
        public boolean points(BigDecimal expected) {
            if (points == null) {
                points = new TreeSet<>();
                Matcher m = POINTS.matcher(lower);
                while (m.find()) {
                    points.add(new BigDecimal(m.group(1).replace(",", "")));
                }
            }
            return near(points, expected);
        }

        /** True when the English names the month and day (July 30, 30 July, Jul. 30, 7/30). */
        public boolean date(int month, int day) {
            return dates.computeIfAbsent(month * 100 + day, key -> statesDate(lower, month, day));
        }
    }

    private static boolean near(TreeSet<BigDecimal> values, BigDecimal expected) {
        BigDecimal tolerance = expected.abs().multiply(new BigDecimal("0.005"), MathContext.DECIMAL64);
        BigDecimal nearest = values.ceiling(expected.subtract(tolerance));
        return nearest != null && nearest.compareTo(expected.add(tolerance)) <= 0;
    }

    private static boolean statesDate(String lower, int month, int day) {
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
