package dev.yoyak.korean;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The letters of a text by script: how much of it is Hangul or Latin, which other scripts it uses, and how
 * long it is without white space. What the language checks of a model's answer are made of.
 */
record Letters(int all, int hangul, int latin, Map<UnicodeScript, Integer> foreign, int hangulOutsideGlosses,
        int longestHangul, int nonSpace) {

    /** Scripts an English translation may use whatever the source: Latin, Greek (α, β, μ), marks and symbols. */
    private static final Set<UnicodeScript> ENGLISH = EnumSet.of(UnicodeScript.LATIN, UnicodeScript.GREEK,
            UnicodeScript.COMMON, UnicodeScript.INHERITED, UnicodeScript.HANGUL, UnicodeScript.UNKNOWN);

    static Letters of(String text) {
        int all = 0;
        int hangul = 0;
        int latin = 0;
        int nonSpace = 0;
        int outside = 0;
        int run = 0;
        int longest = 0;
        int depth = 0;
        boolean quoted = false;
        Map<UnicodeScript, Integer> foreign = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            nonSpace++;
            if (UnicodeScript.of(cp) != UnicodeScript.HANGUL) {
                run = 0; // a run of Hangul (spaces inside it allowed) ends at anything else
            }
            if (cp == '(' || cp == '[' || cp == '（') {
                depth++;
            } else if ((cp == ')' || cp == ']' || cp == '）') && depth > 0) {
                depth--;
            } else if (cp == '"') {
                quoted = !quoted;
            } else if (cp == '“' || cp == '‘') {
                quoted = true;
            } else if (cp == '”' || cp == '’' && !Character.isLetter(after(text, i))) {
                quoted = false; // ’ inside a word (Seoul’s) is an apostrophe
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            all++;
            UnicodeScript script = UnicodeScript.of(cp);
            if (script == UnicodeScript.HANGUL) {
                hangul++;
                longest = Math.max(longest, ++run);
                if (depth == 0 && !quoted) {
                    outside++;
                }
            } else if (script == UnicodeScript.LATIN) {
                latin++;
            } else if (!ENGLISH.contains(script)) {
                foreign.merge(script, 1, Integer::sum);
            }
        }
        return new Letters(all, hangul, latin, foreign, outside, longest, nonSpace);
    }

    private static int after(String text, int at) {
        return at < text.length() ? text.codePointAt(at) : ' ';
    }

    /** Share of the letters that are Hangul, 0 when there are none. */
    double hangulShare() {
        return all == 0 ? 0 : (double) hangul / all;
    }

    /**
     * Scripts of this text, other than English's own, used more than in {@code source}: Hanja the Korean has may
     * be kept, a paragraph of Chinese may not.
     */
    Set<UnicodeScript> foreignBeyond(Letters source) {
        Set<UnicodeScript> beyond = EnumSet.noneOf(UnicodeScript.class);
        foreign.forEach((script, count) -> {
            if (count > source.foreign.getOrDefault(script, 0)) {
                beyond.add(script);
            }
        });
        return beyond;
    }
}
