package dev.yoyak.testing;

/**
 * Hangul spelled in Latin letters syllable by syllable (Revised Romanization's letters, no sound changes), so
 * a fake's "translation" is Latin text that still shows which Korean it came from. Depends on nothing after a
 * syllable on purpose: the romanization of a prefix is a prefix of the romanization (ICU's Hangul-Latin inserts
 * separators that depend on the next syllable).
 */
public final class Romanized {

    private static final String[] INITIAL = { "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j",
            "jj", "ch", "k", "t", "p", "h" };
    private static final String[] VOWEL = { "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe",
            "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i" };
    private static final String[] FINAL = { "", "k", "k", "ks", "n", "nj", "nh", "t", "l", "lk", "lm", "lb", "ls",
            "lt", "lp", "lh", "m", "p", "ps", "t", "t", "ng", "t", "t", "k", "t", "p", "t" };

    private Romanized() {
    }

    /**
     * The text with every Hangul syllable spelled in Latin letters, a sentence's first one capitalized (so English
     * sentence counting sees the sentences); everything else as it is.
     */
    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        boolean start = true;
        boolean ended = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xAC00 && cp <= 0xD7A3) {
                int index = cp - 0xAC00;
                String syllable = INITIAL[index / 588] + VOWEL[index % 588 / 28] + FINAL[index % 28];
                out.append(start ? Character.toUpperCase(syllable.charAt(0)) + syllable.substring(1) : syllable);
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL) {
                out.append('-'); // a lone jamo
            } else {
                out.appendCodePoint(cp);
            }
            boolean letter = Character.isLetterOrDigit(cp);
            start = start && !letter || ended && Character.isWhitespace(cp);
            ended = cp == '.' || cp == '!' || cp == '?' || ended && !letter && !Character.isWhitespace(cp);
        }
        return out.toString();
    }
}
