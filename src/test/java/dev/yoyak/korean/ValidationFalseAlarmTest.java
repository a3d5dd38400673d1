package dev.yoyak.korean;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.yoyak.testing.Corpus;

/**
 * The validation of a model's English does not cry wolf: over the corpus test split, where every English line
 * is a correct (human) translation of its Korean, at most 0.5 % of lines are flagged.
 */
class ValidationFalseAlarmTest {

    /** Lines per "article", as the eval groups them: the alignment checks look at neighbours. */
    private static final int ARTICLE = 5;

    @Test
    void referenceTranslationsAreAlmostNeverFlagged() {
        List<String> korean = Corpus.testKorean();
        List<String> english = Corpus.testEnglish();
        int lines = 0;
        List<String> flagged = new ArrayList<>();
        for (int start = 0; start < korean.size(); start += ARTICLE) {
            List<String> ko = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (int i = start; i < Math.min(korean.size(), start + ARTICLE); i++) {
                if (!korean.get(i).isBlank() && !english.get(i).isBlank()) {
                    ko.add(KoreanText.normalize(korean.get(i)));
                    en.add(english.get(i).strip());
                }
            }
            List<List<Finding>> checks = TranslationValidator.chunk(ko, en);
            for (int i = 0; i < ko.size(); i++) {
                lines++;
                if (!checks.get(i).isEmpty()) {
                    flagged.add(checks.get(i).get(0).kind() + ": " + ko.get(i) + " | " + en.get(i));
                }
            }
        }
        double share = 100.0 * flagged.size() / lines;
        System.out.printf("Validation false alarms on the corpus test split: %d of %d lines (%.2f %%)%n",
                flagged.size(), lines, share);
        flagged.forEach(f -> System.out.println("  " + f));
        assertTrue(share <= 0.5, flagged.size() + " of " + lines + " reference lines flagged: " + flagged);
    }
}
