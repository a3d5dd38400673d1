package dev.yoyak.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.yoyak.article.SummaryResult;
import dev.yoyak.cache.EntryIdentity;
import dev.yoyak.cache.StoredAnswer;

/**
 * Answers to and from their stored form: the JSON a cache hit sends as it is, marked {@code cached: true}, so
 * a hit is the fresh answer byte for byte apart from that flag. Failures are {@link UncheckedIOException}s.
 */
@ApplicationScoped
public class AnswerCodec {

    private final ObjectMapper json;

    public AnswerCodec(ObjectMapper json) {
        this.json = json;
    }

    /** The stored form of an answer. */
    public StoredAnswer stored(SummaryResult result) {
        try {
            return StoredAnswer.of(json.writeValueAsBytes(result.withCached(true)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A durable or Redis entry in the stored form: read first, so an entry this version cannot read is rejected
     * ({@link UncheckedIOException}), and one that is not the answer {@code expected} describes too
     * ({@link EntryIdentity.Mismatch}).
     */
    public StoredAnswer restore(String text, EntryIdentity expected) {
        SummaryResult result;
        try {
            result = json.readValue(text, SummaryResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        expected.check(result.id(), result.model(), result.promptVersion());
        return stored(result);
    }

    /** The answer object of a stored answer (streams and batches embed it in larger documents). */
    public SummaryResult decode(StoredAnswer stored) {
        try {
            return json.readValue(stored.json(), SummaryResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
