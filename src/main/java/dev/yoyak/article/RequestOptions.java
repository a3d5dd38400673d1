package dev.yoyak.article;

import java.util.Map;

/**
 * Options of one request: those that change the answer (summary form, glossary), and whether the cache answers.
 * {@code translateOnly}: no summary call (the form is then unused), and every line of the text is translated
 * as sent (the compatible translation APIs); such results have cache entries of their own.
 */
public record RequestOptions(SummaryForm summary, Map<String, String> glossary, boolean readCache,
        boolean translateOnly) {

    /** Options of a translation with a summary. */
    public RequestOptions(SummaryForm summary, Map<String, String> glossary, boolean readCache) {
        this(summary, glossary, readCache, false);
    }

    /** A translation only: no summary (its form says zero sentences, the default style and register). */
    public static RequestOptions translation(boolean readCache) {
        return new RequestOptions(new SummaryForm(0, SummaryStyle.PROSE, KoreanRegister.PLAIN), Map.of(), readCache,
                true);
    }
}
