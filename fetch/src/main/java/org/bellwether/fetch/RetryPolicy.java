package org.bellwether.fetch;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * How a failed request is retried: up to {@code attempts} tries in all; before each retry a wait of
 * {@code firstWait} doubled per retry, at most {@code longestWait}, with jitter (so that many clients do not retry
 * in step), or the server's Retry-After when that is longer. A server asking for a
 * wait longer than {@code longestWait} is not waited for: the fetch fails and says when to try again.
 *
 * @param attempts tries in all, at least 1
 * @param firstWait the wait before the first retry, before jitter
 * @param longestWait the longest wait, before jitter, and the longest Retry-After honoured
 * @param tryTimeout the longest one try may take, body included (a stalled answer is a failed try)
 */
public record RetryPolicy(int attempts, Duration firstWait, Duration longestWait, Duration tryTimeout) {

    /**
     * Four tries, waiting about 1, 2 and 4 seconds between them; Retry-After honoured up to two minutes; five minutes
     * per try.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofMinutes(2),
            Duration.ofMinutes(5));

    /** Checks the bounds. */
    public RetryPolicy {
        if (attempts < 1 || firstWait.isNegative() || longestWait.compareTo(firstWait) < 0 || !tryTimeout.isPositive()) {
            throw new IllegalArgumentException("a retry policy needs at least one attempt, 0 <= first <= longest "
                    + "wait and a positive timeout");
        }
    }

    /**
     * The waits between tries: exponential backoff from {@code firstWait}, doubling, at most {@code longestWait}, each
     * randomised by half of it either way (jitter); after an answer carrying Retry-After, that wait when longer.
     */
    IntervalBiFunction<HttpResponse<?>> intervals(Clock clock) {
        IntervalFunction backoff = IntervalFunction.ofExponentialRandomBackoff(Math.max(1, firstWait.toMillis()), 2.0,
                0.5, Math.max(1, longestWait.toMillis()));
        return (attempt, outcome) -> {
            long wait = backoff.apply(attempt);
            Duration asked = outcome.isRight() ? retryAfter(outcome.get(), clock) : null;
            return asked == null ? wait : Math.max(wait, asked.toMillis());
        };
    }

    /** Whether an answer asks for a wait this policy will not make (so retrying is pointless). */
    boolean asksTooLong(HttpResponse<?> response, Clock clock) {
        Duration asked = retryAfter(response, clock);
        return asked != null && asked.compareTo(longestWait) > 0;
    }

    /** The Retry-After wait of {@code response}, or null. */
    static Duration retryAfter(HttpResponse<?> response, Clock clock) {
        return retryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant());
    }

    /**
     * The wait a Retry-After header asks for (delay-seconds or an HTTP date, RFC 9110 section 10.2.3), or null when
     * the header is absent or unreadable.
     */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(now, at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
