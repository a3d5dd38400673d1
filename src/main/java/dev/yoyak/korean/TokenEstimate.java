package dev.yoyak.korean;

/**
 * A backend-neutral token estimate. Current multilingual tokenizers (Qwen2.5, Llama 3, GPT-4o's o200k) spend
 * roughly one token per Hangul syllable or CJK character and one per three to four Latin characters; the
 * estimate errs high so a chunk never overruns a context sized by it.
 */
public final class TokenEstimate {

    private static final double LATIN_CHARS_PER_TOKEN = 3.5;

    private TokenEstimate() {
    }

    /** Estimated tokens of a text. */
    public static int of(String text) {
        return Count.of(text).tokens();
    }

    /**
     * Where a slice of {@code text} starting at {@code from} ends so that its estimate stays within {@code maxTokens}:
     * after the last white space that fits, else at the budget (at least one character, so a caller always moves on).
     */
    static int cut(String text, int from, int maxTokens) {
        int wide = 0;
        int other = 0;
        int afterSpace = -1;
        int i = from;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                afterSpace = next;
            } else {
                wide += isWide(cp) ? 1 : 0;
                other += isWide(cp) ? 0 : 1;
                if (wide + (int) Math.ceil(other / LATIN_CHARS_PER_TOKEN) > maxTokens) {
                    return afterSpace > from ? afterSpace : i > from ? i : next;
                }
            }
            i = next;
        }
        return text.length();
    }

    private static boolean isWide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    }

    /** The characters an estimate is made of; counts add up, so a text built piece by piece is never re-read. */
    record Count(int wide, int other) {

        static Count of(String text) {
            int wide = 0;
            int other = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp)) {
                    continue;
                }
                if (isWide(cp)) {
                    wide++;
                } else {
                    other++;
                }
            }
            return new Count(wide, other);
        }

        Count plus(Count more) {
            return new Count(wide + more.wide, other + more.other);
        }

        int tokens() {
            return wide + (int) Math.ceil(other / LATIN_CHARS_PER_TOKEN);
        }
    }
}
