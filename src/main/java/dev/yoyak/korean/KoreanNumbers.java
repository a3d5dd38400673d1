package dev.yoyak.korean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in Korean news text that a translation must keep: amounts with 만/억/조 (mixed with digits,
 * 천/백, commas and decimals), counts and measures with a unit, percentages, years and month-day dates.
 * Hand-written: no maintained Java library reads Korean numerals mixed with Arabic digits.
 */
public final class KoreanNumbers {

    /** What kind of figure a quantity is; decides how the English may write it. */
    public enum Kind { AMOUNT, PERCENT, YEAR, DATE }

    /**
     * One figure found in the source.
     *
     * @param text        as written in Korean
     * @param value       its numeric value (for a DATE: month × 100 + day)
     * @param kind        the kind of figure
     * @param approximate written with 여/약/가량 (about, more than)
     */
    public record Quantity(String text, BigDecimal value, Kind kind, boolean approximate) {
    }

    private static final String NUM = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String GROUP = NUM + "\\s?[천백십]?\\s?[조억만]";
    private static final String UNIT = "원|달러|유로|엔|위안|파운드|명|개|곳|건|대|척|가구|세대|채|개국|톤|t|kg|㎏|g|㎡|m²|평|㎢|km|㎞|m|cm|"
            + "TEU|배럴|리터|ℓ|L|MW|GW|kW|kWh|달|주|시간|분|초|살|세|표|회|차례|배|마리|그루|권|편|병|잔|포기";
    private static final Pattern PERCENT = Pattern.compile("(" + NUM + ")\\s?(?:%|퍼센트|프로)(?:\\s?포인트|p)?");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(1[0-2]|[1-9])월\\s?([1-3]?\\d)일");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})년");
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d.,])((?:" + GROUP + "\\s?)+(?:" + NUM + "\\s?[천백십]?)?|" + NUM + "\\s?[천백십](?=\\s?(?:여|" + UNIT + "))|" + NUM
                    + "(?=여|\\s?(?:" + UNIT + ")(?![A-Za-z])))(여)?\\s?(?:(" + UNIT + ")(?![A-Za-z]))?");
    private static final Pattern PART = Pattern.compile("(" + NUM + ")\\s?([천백십])?\\s?([조억만])?");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?:약|대략|가량|무려|최대|최소)\\s?$");

    private KoreanNumbers() {
    }

    /** Every figure in the text, in order of appearance. */
    public static List<Quantity> find(String text) {
        List<Quantity> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        collect(PERCENT, text, taken, found, m -> new Quantity(m.group(), decimal(m.group(1)), Kind.PERCENT, false));
        collect(DATE, text, taken, found, m -> new Quantity(m.group(),
                BigDecimal.valueOf(Integer.parseInt(m.group(1)) * 100L + Integer.parseInt(m.group(2))), Kind.DATE, false));
        collect(YEAR, text, taken, found, m -> new Quantity(m.group(), new BigDecimal(m.group(1)), Kind.YEAR, false));
        collect(AMOUNT, text, taken, found, m -> {
            boolean approx = m.group(2) != null || APPROX_BEFORE.matcher(text.substring(0, m.start())).find();
            return new Quantity(m.group().strip(), value(m.group(1)), Kind.AMOUNT, approx);
        });
        found.sort(java.util.Comparator.comparingInt(q -> text.indexOf(q.text())));
        return found;
    }

    /** The value of a Korean numeral such as {@code 1조 3000억} or {@code 1억1천만}. */
    public static BigDecimal value(String numeral) {
        BigDecimal total = BigDecimal.ZERO;
        Matcher part = PART.matcher(numeral);
        while (part.find()) {
            BigDecimal n = decimal(part.group(1));
            if (part.group(2) != null) {
                n = n.multiply(small(part.group(2)));
            }
            if (part.group(3) != null) {
                n = n.multiply(big(part.group(3)));
            }
            total = total.add(n);
        }
        return total.stripTrailingZeros();
    }

    private interface Builder {
        Quantity build(Matcher m);
    }

    private static void collect(Pattern pattern, String text, boolean[] taken, List<Quantity> found, Builder builder) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (taken[m.start()] || m.group().isBlank()) {
                continue;
            }
            for (int i = m.start(); i < m.end(); i++) {
                taken[i] = true;
            }
            found.add(builder.build(m));
        }
    }

    private static BigDecimal decimal(String digits) {
        return new BigDecimal(digits.replace(",", ""));
    }

    private static BigDecimal small(String unit) {
        return switch (unit) {
            case "천" -> BigDecimal.valueOf(1_000);
            case "백" -> BigDecimal.valueOf(100);
            default -> BigDecimal.TEN;
        };
    }

    private static BigDecimal big(String unit) {
        return switch (unit) {
            case "조" -> BigDecimal.TEN.pow(12);
            case "억" -> BigDecimal.TEN.pow(8);
            default -> BigDecimal.TEN.pow(4);
        };
    }
}
