package dev.yoyak.korean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges a model's English before it is used, by code: a small model's known failures (Korean left as it was,
 * a switch into Chinese, a loop, a paragraph merged into its neighbour or answers shifted by one) come out as
 * {@link Finding}s of severity error. An answer with none may be used; one with any is asked for again, and what
 * still fails after that is named in the answer.
 *
 * <p>Calibrated on the Korean–English news corpus (README, "Checks"): the English of a paragraph is 0.4 to 8
 * times as long as its Korean (characters other than white space; median 2.2); checked from 20 such Korean
 * characters up, as shorter lines vary too much.
 */
public final class TranslationValidator {

    /** Shortest and longest English per Korean character (corpus: 0.05 % of lines below, 0.1 % above). */
    static final double MIN_RATIO = 0.4;
    static final double MAX_RATIO = 8.0;
    /** English characters per Korean character in the corpus's middle (its median). */
    static final double TYPICAL_RATIO = 2.2;
    /** Korean characters from which the length is judged. */
    static final int MIN_LENGTH_CHARS = 20;
    /** Most Hangul a translation keeps: names or terms in brackets or quotes, short, a small share of it. */
    static final double MAX_HANGUL_SHARE = 0.2;
    static final int MAX_HANGUL_RUN = 12;

    private TranslationValidator() {
    }

    /** Problems of one paragraph's English taken alone; empty when it may be used. */
    public static List<Finding> paragraph(String korean, String english) {
        List<Finding> found = new ArrayList<>();
        if (english == null || english.isBlank()) {
            found.add(new Finding(Finding.OMISSION, Finding.ERROR, korean, "The paragraph has no translation."));
            return found;
        }
        Letters ko = Letters.of(korean);
        Letters en = Letters.of(english);
        String untranslated = untranslated(korean, english, en);
        if (untranslated != null) {
            found.add(new Finding(Finding.UNTRANSLATED, Finding.ERROR, korean, untranslated));
        }
        Set<Character.UnicodeScript> foreign = en.foreignBeyond(ko);
        if (!foreign.isEmpty()) {
            found.add(new Finding(Finding.LANGUAGE, Finding.ERROR, korean, "The English contains " + names(foreign)
                    + " text that the Korean does not have."));
        }
        String unit = Repetition.unitIn(english);
        // A source that repeats itself is translated repeating itself: only a loop of the model's own counts.
        if (unit != null && !Repetition.in(korean)) {
            found.add(new Finding(Finding.REPETITION, Finding.ERROR, korean,
                    "The English repeats \"" + shorten(unit.strip()) + "\" over and over."));
        }
        if (found.isEmpty() && ko.nonSpace() >= MIN_LENGTH_CHARS) {
            double ratio = (double) en.nonSpace() / ko.nonSpace();
            if (ratio < MIN_RATIO || ratio > MAX_RATIO) {
                found.add(new Finding(Finding.LENGTH, Finding.ERROR, korean, String.format(java.util.Locale.ROOT,
                        "The English is %.1f times as long as the Korean (a translation is %.1f to %.0f times).",
                        ratio, MIN_RATIO, MAX_RATIO)));
            }
        }
        return found;
    }

    /**
     * Problems of a numbered answer, paragraph by paragraph: each one's own, plus signs that two were merged
     * (an empty paragraph beside one as long as both) or shifted (a paragraph stating its neighbour's figures
     * and none of its own).
     */
    public static List<List<Finding>> chunk(List<String> korean, List<String> english) {
        List<List<Finding>> found = new ArrayList<>();
        for (int i = 0; i < korean.size(); i++) {
            found.add(paragraph(korean.get(i), english.get(i)));
        }
        for (int i = 0; i < korean.size(); i++) {
            if (!found.get(i).isEmpty()) {
                continue;
            }
            for (int j : new int[] { i + 1, i - 1 }) {
                if (j < 0 || j >= korean.size()) {
                    continue;
                }
                String sign = english.get(j).isBlank() ? merged(korean.get(i), korean.get(j), english.get(i))
                        : shifted(korean.get(i), korean.get(j), english.get(i), english.get(j));
                if (sign != null) {
                    found.get(i).add(new Finding(Finding.ALIGNMENT, Finding.ERROR, korean.get(i), sign));
                    break;
                }
            }
        }
        return found;
    }

    /** The English fits both Korean paragraphs together better than its own alone. */
    private static String merged(String own, String neighbour, String english) {
        int ko = Letters.of(own).nonSpace();
        int both = ko + Letters.of(neighbour).nonSpace();
        int en = Letters.of(english).nonSpace();
        double alone = Math.abs(Math.log((double) en / ko / TYPICAL_RATIO));
        double together = Math.abs(Math.log((double) en / both / TYPICAL_RATIO));
        return together < alone ? "The English is as long as this paragraph and the next together, and that one "
                + "came back empty: the two seem merged." : null;
    }

    /**
     * The English states figures only the neighbour has and none of its own paragraph's, and the neighbour's
     * English none of the neighbour's either (answers shifted by one are all off, not just one).
     */
    private static String shifted(String own, String neighbour, String english, String neighbourEnglish) {
        List<KoreanNumbers.Quantity> mine = KoreanNumbers.find(own);
        if (statesNone(mine, english) == null || statesNone(KoreanNumbers.find(neighbour), neighbourEnglish) == null) {
            return null;
        }
        Set<BigDecimal> values = mine.stream().map(KoreanNumbers.Quantity::value).collect(Collectors.toSet());
        boolean theirs = KoreanNumbers.find(neighbour).stream()
                .anyMatch(q -> !values.contains(q.value()) && FidelityChecks.stated(q, EnglishNumbers.read(english)));
        return theirs ? "The English states the figures of a neighbouring paragraph and none of its own: the "
                + "paragraphs seem shifted." : null;
    }

    /** The figures when there are some and the English states none of them, else null. */
    private static List<KoreanNumbers.Quantity> statesNone(List<KoreanNumbers.Quantity> figures, String english) {
        EnglishNumbers.Stated stated = EnglishNumbers.read(english);
        return figures.isEmpty() || figures.stream().anyMatch(q -> FidelityChecks.stated(q, stated)) ? null : figures;
    }

    /**
     * Problems of a bilingual summary: its English must be English, its Korean Korean, neither a loop, and in
     * bullets each Korean point must have its English one.
     *
     * @param article the Korean the summary was written from (scripts it uses may appear in the summary)
     */
    public static List<Finding> summary(String article, String ko, String en, boolean bullets) {
        List<String> problems = new ArrayList<>();
        String english = summaryEnglish(article, en);
        String korean = summaryKorean(article, ko);
        if (english != null) {
            problems.add(english);
        }
        if (korean != null) {
            problems.add(korean);
        }
        long koPoints = ko.lines().filter(l -> !l.isBlank()).count();
        long enPoints = en.lines().filter(l -> !l.isBlank()).count();
        if (problems.isEmpty() && bullets && koPoints != enPoints) {
            problems.add("The summary has " + koPoints + " points in Korean and " + enPoints + " in English.");
        }
        return problems.stream().map(p -> new Finding(Finding.SUMMARY, Finding.ERROR, ko, p)).toList();
    }

    /** What is wrong with a summary's English (empty, Korean, another script, a loop), or null. */
    public static String summaryEnglish(String article, String en) {
        if (en.isBlank()) {
            return "summary.en is empty.";
        }
        Letters english = Letters.of(en);
        String untranslated = untranslated(article, en, english);
        if (untranslated != null) {
            return "summary.en: " + untranslated;
        }
        Set<Character.UnicodeScript> foreign = english.foreignBeyond(Letters.of(article));
        if (!foreign.isEmpty()) {
            return "summary.en contains " + names(foreign) + " text that the article does not have.";
        }
        return Repetition.in(en) ? "summary.en repeats itself over and over." : null;
    }

    /** What is wrong with a summary's Korean (empty, not Korean, another script, a loop), or null. */
    public static String summaryKorean(String article, String ko) {
        if (ko.isBlank()) {
            return "summary.ko is empty.";
        }
        Letters korean = Letters.of(ko);
        if (korean.hangulShare() < 0.5) {
            return "summary.ko is not Korean: " + percent(korean.hangulShare()) + " of its letters are Hangul.";
        }
        Set<Character.UnicodeScript> foreign = korean.foreignBeyond(Letters.of(article));
        if (!foreign.isEmpty()) {
            return "summary.ko contains " + names(foreign) + " text that the article does not have.";
        }
        return Repetition.in(ko) ? "summary.ko repeats itself over and over." : null;
    }

    /** Why the English is (partly) the Korean still, or null: Hangul beyond a short bracketed or quoted name. */
    private static String untranslated(String korean, String english, Letters en) {
        if (en.hangul() == 0) {
            return null;
        }
        if (english.replaceAll("\\s+", "").equals(korean.replaceAll("\\s+", ""))) {
            return "The \"English\" is the Korean text itself.";
        }
        if (en.hangulShare() >= 0.5) {
            return "The \"English\" is Korean: " + percent(en.hangulShare()) + " of its letters are Hangul.";
        }
        if (en.hangulOutsideGlosses() > 0 || en.hangulShare() > MAX_HANGUL_SHARE || en.longestHangul() > MAX_HANGUL_RUN) {
            return "The English leaves Korean text untranslated (" + en.hangul() + " Hangul letters; a translation "
                    + "keeps only a short name or term in brackets or quotes).";
        }
        return null;
    }

    private static String names(Set<Character.UnicodeScript> scripts) {
        return scripts.stream().map(s -> switch (s) {
            case HAN -> "Chinese characters";
            case HIRAGANA, KATAKANA -> "Japanese";
            default -> s.name().charAt(0) + s.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }).distinct().collect(Collectors.joining(", "));
    }

    private static String percent(double share) {
        return Math.round(share * 100) + " %";
    }

    private static String shorten(String unit) {
        return unit.length() <= 60 ? unit : unit.substring(0, 57) + "…";
    }
}
