package dev.yoyak.korean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
    /** The end patterns look at most this many characters before the trailing white space. */
    private static final int TAIL_CHARS = 32;
    private static final Pattern STARTS_WITH_DIGIT = Pattern.compile("^\\d");
    // Initials and abbreviations before a name: 美 U.S. / Dr. / No.
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile("(?:\\b[A-Z]|Dr|Mr|Ms|Mrs|No|St|vs|etc)\\.\\s*$");

    private SentenceSplitter() {
    }

    /** The sentences of a paragraph; {@code String.join("", split(text)).equals(text)} always holds. */
    public static List<String> split(String text) {
        List<String> merged = new ArrayList<>();
        // The sentence being merged grows in place, and its quotation state is kept as it grows: re-copying and
        // re-reading it on every segment made 20,000 glued sentences ("가.가.가.…") quadratic.
        Sentence current = null;
        for (String segment : icuSegments(text)) {
            if (current != null && continues(current, segment)) {
                current.append(segment);
            } else {
                if (current != null) {
                    merged.add(current.toString());
                }
                current = new Sentence();
                current.append(segment);
            }
        }
        if (current != null) {
            merged.add(current.toString());
        }
        return merged;
    }

    /** Number of sentences in a text, blank segments not counted. */
    public static int count(String text) {
        return (int) split(text).stream().filter(s -> !s.isBlank()).count();
    }

    /** A sentence being merged from segments, with the quotation marks opened in it so far. */
    private static final class Sentence {
        private final StringBuilder text = new StringBuilder();
        private int curly;
        private int straight;

        void append(String segment) {
            text.append(segment);
            for (int i = 0; i < segment.length(); i++) {
                char c = segment.charAt(i);
                if (c == '“' || c == '「' || c == '『') {
                    curly++;
                } else if ((c == '”' || c == '」' || c == '』') && curly > 0) {
                    curly--;
                } else if (c == '"') {
                    straight++;
                }
            }
        }

        /** A quotation opened and not yet closed: “도시를 바꾸겠다. 약속한다.”라고 is one sentence. */
        boolean insideQuotation() {
            return curly > 0 || straight % 2 == 1;
        }

        int length() {
            return text.length();
        }

        char last() {
            return text.charAt(text.length() - 1);
        }

        /** Whether the end of the sentence (its last few characters, never the whole) matches {@code pattern}. */
        boolean endsWith(Pattern pattern) {
            int end = text.length();
            int from = end;
            while (from > 0 && Character.isWhitespace(text.charAt(from - 1))) {
                from--;
            }
            Matcher m = pattern.matcher(text).region(Math.max(0, from - TAIL_CHARS), end);
            return m.useTransparentBounds(true).useAnchoringBounds(false).find();
        }

        @Override
        public String toString() {
            return text.toString();
        }
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

    private static boolean continues(Sentence previous, String next) {
        if (next.isEmpty()) {
            return true;
        }
        // A stray quote mark must not swallow a whole paragraph: quotations longer than this are cut.
        if (previous.insideQuotation() && previous.length() < MAX_QUOTATION_CHARS || previous.endsWith(ENDS_WITH_DATE)) {
            return true;
        }
        char lastChar = previous.last();
        boolean glued = !Character.isWhitespace(lastChar);
        char first = next.charAt(0);
        boolean hangulNext = Character.UnicodeScript.of(first) == Character.UnicodeScript.HANGUL;
        boolean ellipsis = previous.endsWith(ENDS_WITH_ELLIPSIS);
        if (glued && hangulNext && (previous.endsWith(ENDS_WITH_CLOSER) || ellipsis || lastChar == '.')) {
            return true;
        }
        if (ellipsis && Character.isLowerCase(first)) {
            return true;
        }
        if (previous.endsWith(ENDS_WITH_NUMBER_DOT) && STARTS_WITH_DIGIT.matcher(next).find()) {
            return true;
        }
        return previous.endsWith(ENDS_WITH_ABBREVIATION) && Character.isUpperCase(first);
    }
}
