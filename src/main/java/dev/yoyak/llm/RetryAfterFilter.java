package dev.yoyak.llm;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads a backend's {@code Retry-After} (seconds or HTTP date) on a 429 or 503. quarkus-langchain4j's OpenAI
 * REST client maps error responses to LangChain4j's {@code HttpException}, which keeps the status and body but
 * no headers; as a global REST-client provider this filter sees the response first and throws a
 * {@link BackendBusyException} carrying the wait, which {@link ModelGuard} honours before trying again.
 */
@Provider
public class RetryAfterFilter implements ClientResponseFilter {

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        int status = response.getStatus();
        if (status != 429 && status != 503) {
            return;
        }
        Optional<Duration> wait = parse(response.getHeaderString(HttpHeaders.RETRY_AFTER), Instant.now());
        if (wait.isPresent()) {
            throw new BackendBusyException(status, wait.get());
        }
    }

    /** The wait a {@code Retry-After} value asks for (RFC 9110: delay-seconds or an HTTP date); empty if absent or unreadable. */
    static Optional<Duration> parse(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                return Optional.empty(); // more digits than a long: not a wait anyone means
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
