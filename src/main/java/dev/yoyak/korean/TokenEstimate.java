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
        int wide = 0;
        int other = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.HANGUL || script == Character.UnicodeScript.HAN
                    || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                wide++;
            } else {
                other++;
            }
        }
        return wide + (int) Math.ceil(other / LATIN_CHARS_PER_TOKEN);
    }
}
