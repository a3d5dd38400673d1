package dev.yoyak.korean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Korean sentence segmentation: ICU's Unicode sentence rules (UAX #29) for the boundaries, then news rules that
 * undo the breaks ICU gets wrong in Korean text. Segments are contiguous slices of the input, trailing
 * white space included, so joining them gives back the input exactly.
 */
public final class SentenceSplitter {

    // A closing quote or bracket glued to a particle: “…했다.”라고 말했다 / …(8.5%)로 — one sentence.
    private static final Pattern ENDS_WITH_CLOSER = Pattern.compile("[\"”’')\\]」』]\\s*$");
    // An ellipsis followed by more of the same sentence: 그런데... 아니다.
    private static final Pattern ENDS_WITH_ELLIPSIS = Pattern.compile("(?:\\.{2,}|…)\\s*$");
    // Dates and enumerations written with spaces: 2024. 7. 30. / 제1. 조
    private static final Pattern ENDS_WITH_NUMBER_DOT = Pattern.compile("(?:^|[\\s(])\\d{1,4}\\.\\s*$");
    // A full date written with spaces ends in a dot but not the sentence: 2024. 7. 30. 오후에
    private static final Pattern ENDS_WITH_DATE = Pattern.compile("\\d{4}\\.\\s?\\d{1,2}\\.\\s?\\d{1,2}\\.\\s*$");
    private static final int MAX_QUOTATION_CHARS = 600;
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\d");
    // Initials and abbreviations before a name: 美 U.S. / Dr. / No.
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile("(?:\\b[A-Z]|Dr|Mr|Ms|Mrs|No|St|vs|etc)\\.\\s*$");

    private SentenceSplitter() {
    }

    /** The sentences of a paragraph; {@code String.join("", split(text)).equals(text)} always holds. */
    public static List<String> split(String text) {
        List<String> raw = icuSegments(text);
        List<String> merged = new ArrayList<>();
        for (String segment : raw) {
            if (!merged.isEmpty() && continues(merged.get(merged.size() - 1), segment)) {
                merged.set(merged.size() - 1, merged.get(merged.size() - 1) + segment);
            } else {
                merged.add(segment);
            }
        }
        return merged;
    }

    /** Number of sentences in a text, blank segments not counted. */
    public static int count(String text) {
        return (int) split(text).stream().filter(s -> !s.isBlank()).count();
    }

    /** A quotation opened and not yet closed: “도시를 바꾸겠다. 약속한다.”라고 is one sentence. */
    private static boolean insideQuotation(String text) {
        int curly = 0;
        int straight = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '『') {
                curly++;
            } else if ((c == '”' || c == '」' || c == '』') && curly > 0) {
                curly--;
            } else if (c == '"') {
                straight++;
            }
        }
        return curly > 0 || straight % 2 == 1;
    }

    private static List<String> icuSegments(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.KOREAN);
        iterator.setText(text);
        List<String> segments = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            segments.add(text.substring(start, end));
        }
        return segments;
    }

    private static boolean continues(String previous, String next) {
        if (next.isEmpty()) {
            return true;
        }
        // A stray quote mark must not swallow a whole paragraph: quotations longer than this are cut.
        if (insideQuotation(previous) && previous.length() < MAX_QUOTATION_CHARS || ENDS_WITH_DATE.matcher(previous).find()) {
            return true;
        }
        boolean glued = !Character.isWhitespace(previous.charAt(previous.length() - 1));
        char first = next.charAt(0);
        boolean hangulNext = Character.UnicodeScript.of(first) == Character.UnicodeScript.HANGUL;
        if (glued && hangulNext && (ENDS_WITH_CLOSER.matcher(previous).find()
                || ENDS_WITH_ELLIPSIS.matcher(previous).find() || previous.endsWith("."))) {
            return true;
        }
        if (ENDS_WITH_ELLIPSIS.matcher(previous).find() && Character.isLowerCase(first)) {
            return true;
        }
        if (ENDS_WITH_NUMBER_DOT.matcher(previous).find() && STARTS_WITH_DIGIT.matcher(next).find()) {
            return true;
        }
        return ENDS_WITH_ABBREVIATION.matcher(previous).find() && Character.isUpperCase(first);
    }
}
