package dev.yoyak.article;

/** The article cannot be processed as sent; {@link Reason} says why and so which 4xx answers it. */
public class ArticleRejectedException extends RuntimeException {

    /** Why an article was rejected. */
    public enum Reason {
        /** Nothing but white space. */
        EMPTY,
        /** No Hangul at all: yoyak translates Korean. */
        NOT_KOREAN,
        /** Longer than {@code yoyak.max-chars}. */
        TOO_LONG,
        /** An HTML page nested deeper than any news page is (see {@code HtmlArticle.MAX_DEPTH}). */
        TOO_COMPLEX
    }

    private final Reason reason;

    public ArticleRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Why the article was rejected. */
    public Reason reason() {
        return reason;
    }
}
