package dev.yoyak.korean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import dev.yoyak.korean.KoreanNumbers.Quantity;

/** Compares each Korean paragraph with its English translation: figures kept, nothing left out. */
public final class FidelityChecks {

    private FidelityChecks() {
    }

    /** Findings for one aligned pair; empty when the translation keeps every figure and sentence. */
    public static List<Finding> of(String korean, String english) {
        List<Finding> checks = new ArrayList<>();
        if (english == null || english.isBlank()) {
            checks.add(new Finding(Finding.OMISSION, Finding.ERROR, korean, "The paragraph has no translation."));
            return checks;
        }
        EnglishNumbers.Stated stated = EnglishNumbers.read(english);
        for (Quantity quantity : KoreanNumbers.find(korean)) {
            if (!stated(quantity, stated)) {
                checks.add(new Finding(Finding.NUMBER, Finding.WARNING, quantity.text(),
                        expected(quantity) + " is not stated in the English."));
            }
        }
        int sourceSentences = SentenceSplitter.count(korean);
        int translatedSentences = SentenceSplitter.count(english);
        // Translations merge and split sentences; losing more than half of them is no longer style.
        if (sourceSentences >= 2 && translatedSentences * 2 < sourceSentences) {
            checks.add(new Finding(Finding.OMISSION, Finding.WARNING, korean, "The source has " + sourceSentences
                    + " sentences, the translation " + translatedSentences + "."));
        }
        return checks;
    }

    static boolean stated(Quantity quantity, EnglishNumbers.Stated english) {
        return switch (quantity.kind()) {
            case DATE -> english.date(quantity.value().intValue() / 100, quantity.value().intValue() % 100);
            case PERCENT_POINT -> english.points(quantity.value());
            default -> english.value(quantity.value());
        };
    }

    private static String expected(Quantity quantity) {
        return switch (quantity.kind()) {
            case PERCENT -> quantity.value().toPlainString() + "%";
            case PERCENT_POINT -> quantity.value().toPlainString() + " percentage points";
            case YEAR -> "The year " + quantity.value().toPlainString();
            case DATE -> "The date " + quantity.value().intValue() / 100 + "/" + quantity.value().intValue() % 100;
            case AMOUNT -> readable(quantity.value());
        };
    }

    /** 1300000000000 → "1,300,000,000,000 (1.3 trillion)". */
    static String readable(BigDecimal value) {
        String digits = String.format(java.util.Locale.ROOT, "%,f", value).replaceAll("\\.?0+$", "");
        String[] names = { "trillion", "billion", "million", "thousand" };
        BigDecimal[] scales = { BigDecimal.TEN.pow(12), BigDecimal.TEN.pow(9), BigDecimal.TEN.pow(6),
                BigDecimal.TEN.pow(3) };
        for (int i = 0; i < names.length; i++) {
            if (value.abs().compareTo(scales[i]) >= 0) {
                return digits + " (" + value.divide(scales[i]).stripTrailingZeros().toPlainString() + " " + names[i] + ")";
            }
        }
        return digits;
    }
}
