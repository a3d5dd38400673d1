package dev.yoyak.article;

/** The service's character quota for the compatible translation APIs is used up (DeepL answers 456). */
public class QuotaExceededException extends RuntimeException {

    public QuotaExceededException(String message) {
        super(message);
    }
}
