package dev.yoyak.llm;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.guardrail.OutputGuardrailException;

/**
 * The model calls an article needs, behind one door: whatever a backend throws comes out as a
 * {@link BackendUnavailableException} with a short reason that names no URL or credential.
 */
@ApplicationScoped
public class ArticleModel {

    private final Translator translator;
    private final Summarizer summarizer;
    private final Backends backends;

    public ArticleModel(Translator translator, Summarizer summarizer, Backends backends) {
        this.translator = translator;
        this.summarizer = summarizer;
        this.backends = backends;
    }

    /** English translation of a Korean text. */
    public String translate(String koreanText) {
        String english = call(() -> translator.translate(koreanText));
        if (english == null || english.isBlank()) {
            throw new BackendUnavailableException("the backend returned an empty translation", null);
        }
        return english;
    }

    /** Bilingual summary of about {@code sentences} sentences. */
    public Bilingual summarize(String koreanText, int sentences) {
        return call(() -> summarizer.summarize(koreanText, sentences));
    }

    /** The model id answers are attributed to. */
    public String modelId() {
        return backends.modelId();
    }

    private static <T> T call(Supplier<T> modelCall) {
        try {
            return modelCall.get();
        } catch (BackendUnavailableException e) {
            throw e;
        } catch (OutputGuardrailException e) {
            throw new BackendUnavailableException("the model's structured output did not parse, even after a retry", e);
        } catch (RuntimeException e) {
            throw new BackendUnavailableException(reason(e), e);
        }
    }

    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return "the backend answered HTTP " + http.statusCode();
            }
            if (t instanceof dev.langchain4j.exception.TimeoutException
                    || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")) {
                return "the backend did not answer in time";
            }
            if (t instanceof java.net.ConnectException) {
                return "the backend could not be reached";
            }
        }
        return "the backend call failed (" + failure.getClass().getSimpleName() + ")";
    }
}
