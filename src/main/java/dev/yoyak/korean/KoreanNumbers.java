package dev.yoyak.korean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures in Korean news text that a translation must keep: amounts with 만/억/조 in every written form
 * (digits mixed with 천/백/십 inside a group as in {@code 4천200억원}, commas, decimals), counts and measures with a
 * counter, spelled-out native counts ({@code 세 명}, {@code 두 배}), ranges ({@code 30~40%}, {@code 2천~3천 명}),
 * percentages and percentage points, years and month-day dates.
 * Hand-written: no maintained Java library reads Korean numerals mixed with Arabic digits.
 */
public final class KoreanNumbers {

    /** What kind of figure a quantity is; decides how the English may write it. */
    public enum Kind { AMOUNT, PERCENT, PERCENT_POINT, YEAR, DATE }

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

    /*
     * Every repetition below is bounded: Java's regex engine recurses once per repetition of a group, so an unbounded
     * group over an attacker's run of "1만1만1만…" overflows the stack, and an unbounded digit run is re-scanned
     * from each place a figure could start. The bounds are those of real figures: a number of at most 24 digits and
     * commas, a decimal part of at most 12, at most three 천/백/십 steps below 만, at most four 조/억/만 groups.
     */
    private static final String NUM = "\\d[\\d,]{0,23}(?:\\.\\d{1,12})?";
    /** Below 만: digits, each optionally times 천/백/십, e.g. 4천200, 2천7백, 3,500. */
    private static final String SMALL = "(?:" + NUM + "\\s?[천백십]\\s?){0,3}" + NUM + "(?:\\s?[천백십])?";
    /** One to four 조/억/만 groups with an optional tail below 만: 1조5천억, 1억 2천만, 9만8천. */
    private static final String GROUPS = "(?:" + SMALL + "\\s?[조억만]\\s?){1,4}(?:" + SMALL + ")?";
    /** Counters and units that mark a bare number as a figure. Longer forms first where they share a prefix. */
    static final String UNIT = "원|달러|유로|엔|위안|파운드|루블|루피|"
            + "명분|명|개국|개사|개소|개교|개월|개|곳|군데|건|대|척|가구|세대|채|동|호실|실|호|층|병상|석|표|회|차례|번|배|"
            + "마리|그루|권|편|병|잔|포기|벌|켤레|장|쪽|페이지|점|종목|종|가지|부|통|발|량|칸|필지|평|인분|인|단계|"
            + "년간|년|주일|주|일간|시간|분|초|살|세|"
            + "톤|t|kg|㎏|mg|g|㎡|m²|㎢|km²|km|㎞|mm|㎜|cm|m|TEU|배럴|리터|ℓ|L|GW|MW|kWh|kW|GB|TB|MB|℃|°C|도|bp";
    private static final String UNIT_END = "(?:" + UNIT + ")(?![A-Za-z])";
    private static final String FIGURE = GROUPS + "|" + SMALL;
    private static final Pattern PERCENT = Pattern.compile(
            "(?<![\\d.,])(" + NUM + ")\\s?(?:%|퍼센트|프로)(\\s?포인트|p)?");
    private static final Pattern RANGE = Pattern.compile("(?<![\\d.,])(" + FIGURE + ")\\s?[~∼〜]\\s?(" + FIGURE
            + ")(여)?\\s?(?:(%|퍼센트|프로)(\\s?포인트|p)?|(" + UNIT_END + "))?");
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(1[0-2]|[1-9])월\\s?([1-3]?\\d)일");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.,])((?:19|20)\\d{2})년");
    private static final Pattern AMOUNT = Pattern.compile("(?<![\\d.,])(" + GROUPS + "|" + SMALL + "(?=여|\\s?"
            + UNIT_END + "))(여)?\\s?(?:" + UNIT_END + ")?");
    /** Native Korean counts before a counter: 세 명, 두 배, 스물다섯 살 (한 is left out: 한 번, 한 해 are idioms). */
    private static final Pattern NATIVE = Pattern.compile(
            "(?<![가-힣])(?:(열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)(한|두|세|네|다섯|여섯|일곱|여덟|아홉)?"
                    + "|(두|세|네|다섯|여섯|일곱|여덟|아홉))\\s?(명|개|곳|배|차례|번|가지|마리|살|사람|대|채|척|권|군데|달|해|시간|주|동|실|층)(?!째)");
    private static final Map<String, Integer> NATIVE_VALUES = Map.ofEntries(Map.entry("한", 1), Map.entry("두", 2),
            Map.entry("세", 3), Map.entry("네", 4), Map.entry("다섯", 5), Map.entry("여섯", 6), Map.entry("일곱", 7),
            Map.entry("여덟", 8), Map.entry("아홉", 9), Map.entry("열", 10), Map.entry("스물", 20), Map.entry("스무", 20),
            Map.entry("서른", 30), Map.entry("마흔", 40), Map.entry("쉰", 50), Map.entry("예순", 60),
            Map.entry("일흔", 70), Map.entry("여든", 80), Map.entry("아흔", 90));
    private static final Pattern TOKEN = Pattern.compile("(" + NUM + ")|([천백십])|([조억만])");
    private static final Pattern APPROX_BEFORE = Pattern.compile("(?:약|대략|가량|무려|최대|최소)\\s?$");

    private KoreanNumbers() {
    }

    /** Every figure in the text, in order of appearance. */
    public static List<Quantity> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length()];
        collectRanges(text, taken, found);
        collect(PERCENT, text, taken, found, m -> List.of(new Quantity(m.group(), decimal(m.group(1)),
                m.group(2) == null ? Kind.PERCENT : Kind.PERCENT_POINT, false)));
        collect(DATE, text, taken, found, m -> List.of(new Quantity(m.group(),
                BigDecimal.valueOf(Integer.parseInt(m.group(1)) * 100L + Integer.parseInt(m.group(2))), Kind.DATE, false)));
        collect(YEAR, text, taken, found, m -> List.of(new Quantity(m.group(), new BigDecimal(m.group(1)), Kind.YEAR, false)));
        collect(AMOUNT, text, taken, found, m -> List.of(new Quantity(m.group().strip(), value(m.group(1)), Kind.AMOUNT,
                m.group(2) != null || approximateBefore(text, m.start()))));
        collect(NATIVE, text, taken, found, m -> List.of(new Quantity(m.group(), nativeValue(m), Kind.AMOUNT,
                approximateBefore(text, m.start()))));
        found.sort(Comparator.comparingInt(Found::start));
        return found.stream().map(Found::quantity).toList();
    }

    /** The value of a Korean numeral such as {@code 1조 3000억}, {@code 4천200억} or {@code 1억1천만}. */
    public static BigDecimal value(String numeral) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal section = BigDecimal.ZERO;
        BigDecimal pending = null;
        Matcher token = TOKEN.matcher(numeral);
        while (token.find()) {
            if (token.group(1) != null) {
                section = pending == null ? section : section.add(pending);
                pending = decimal(token.group(1));
            } else if (token.group(2) != null) {
                section = section.add((pending == null ? BigDecimal.ONE : pending).multiply(small(token.group(2))));
                pending = null;
            } else {
                section = pending == null ? section : section.add(pending);
                pending = null;
                total = total.add((section.signum() == 0 ? BigDecimal.ONE : section).multiply(big(token.group(3))));
                section = BigDecimal.ZERO;
            }
        }
        section = pending == null ? section : section.add(pending);
        return total.add(section).stripTrailingZeros();
    }

    /** A figure and where it starts, so figures found by different patterns come back in text order. */
    private record Found(int start, Quantity quantity) {
    }

    private interface Builder {
        List<Quantity> build(Matcher m);
    }

    /**
     * Ranges: both ends are figures. A range counts only when it ends in a unit, a percent sign or a 만/억/조
     * group; a lower end without a group takes the upper end's ({@code 2천~3천억원} is 200 to 300 billion won).
     */
    private static void collectRanges(String text, boolean[] taken, List<Found> found) {
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            String lower = m.group(1).strip();
            String upper = m.group(2).strip();
            boolean percent = m.group(4) != null;
            boolean scaled = upper.matches(".*[조억만]");
            if (taken[m.start()] || !(percent || m.group(6) != null || scaled)) {
                continue;
            }
            BigDecimal low = value(lower);
            if (!lower.matches(".*[조억만].*") && scaled) {
                low = low.multiply(big(upper.substring(upper.length() - 1)));
            }
            Kind kind = !percent ? Kind.AMOUNT : m.group(5) == null ? Kind.PERCENT : Kind.PERCENT_POINT;
            boolean approx = m.group(3) != null || approximateBefore(text, m.start());
            mark(taken, m);
            found.add(new Found(m.start(), new Quantity(lower, low.stripTrailingZeros(), kind, approx)));
            found.add(new Found(m.start(2), new Quantity(m.group().substring(m.start(2) - m.start()).strip(),
                    value(upper), kind, approx)));
        }
    }

    private static void collect(Pattern pattern, String text, boolean[] taken, List<Found> found, Builder builder) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (taken[m.start()] || m.group().isBlank()) {
                continue;
            }
            mark(taken, m);
            builder.build(m).forEach(q -> found.add(new Found(m.start(), q)));
        }
    }

    private static void mark(boolean[] taken, Matcher m) {
        for (int i = m.start(); i < m.end(); i++) {
            taken[i] = true;
        }
    }

    private static boolean approximateBefore(String text, int start) {
        return APPROX_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
    }

    private static BigDecimal nativeValue(Matcher m) {
        int value = m.group(3) != null ? NATIVE_VALUES.get(m.group(3))
                : NATIVE_VALUES.get(m.group(1)) + (m.group(2) == null ? 0 : NATIVE_VALUES.get(m.group(2)));
        return BigDecimal.valueOf(value);
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
