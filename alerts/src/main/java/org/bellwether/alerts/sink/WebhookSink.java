package org.bellwether.alerts.sink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bellwether.alerts.Alert;

/**
 * POSTs each alert as JSON to a URL, signed with a timestamp (the scheme of Stripe's webhooks):
 * {@code X-Bellwether-Signature: t=UNIX_SECONDS,v1=HEX}, where HEX is the HMAC-SHA256 under the shared secret of the
 * timestamp, a dot and the body. A receiver recomputes it and refuses a timestamp older than its tolerance
 * ({@link #TOLERANCE}), so a captured request cannot be replayed later; {@code X-Bellwether-Alert-Key} serves
 * de-duplication. No answer, 408, 425, 429 and 5xx are retried after 0.5 s, 1 s, 2 s, ... (or the receiver's
 * {@code Retry-After}, up to 30 s) up to {@code attempts} in all, each try signed anew; any other 4xx is the
 * receiver's final word and is not retried. An alert not delivered is thrown back to the runner, whose dead-letter
 * file takes it.
 */
public final class WebhookSink implements AlertSink {

    /** The header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Bellwether-Signature";
    /** The header carrying the alert's key. */
    public static final String KEY_HEADER = "X-Bellwether-Alert-Key";
    /** How old a signature's timestamp a receiver should accept (docs/alerts.md). */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    private static final Set<Integer> RETRIED_4XX = Set.of(408, 425, 429);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private final URI url;
    private final byte[] secret;
    private final int attempts;
    private final Duration firstBackoff;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * A webhook to {@code url} signed with {@code secret}, tried {@code attempts} times with backoff starting at
     * {@code firstBackoff}.
     */
    public WebhookSink(URI url, String secret, int attempts, Duration firstBackoff) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("a webhook needs an http or https URL, but was " + url);
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs a secret to sign with (--webhook-secret-file or "
                    + "BELLWETHER_WEBHOOK_SECRET)");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, but was " + attempts);
        }
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
    }

    /** The signature header's value for {@code body} sent at {@code epochSecond}: {@code t=...,v1=...}. */
    public static String signature(byte[] secret, long epochSecond, byte[] body) {
        return "t=" + epochSecond + ",v1=" + HexFormat.of().formatHex(hmac(secret, epochSecond, body));
    }

    /**
     * Whether {@code header} signs {@code body} under {@code secret} at a time within {@code tolerance} of
     * {@code now}: what a receiver written in Java checks.
     */
    public static boolean verify(byte[] secret, String header, byte[] body, Instant now, Duration tolerance) {
        Long time = null;
        byte[] given = null;
        for (String part : header == null ? new String[0] : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            try {
                if (pair.length == 2 && pair[0].equals("t")) {
                    time = Long.parseLong(pair[1]);
                } else if (pair.length == 2 && pair[0].equals("v1")) {
                    given = HexFormat.of().parseHex(pair[1]);
                }
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        return time != null && given != null && Math.abs(now.getEpochSecond() - time) <= tolerance.toSeconds()
                && MessageDigest.isEqual(given, hmac(secret, time, body));
    }

    private static byte[] hmac(byte[] secret, long epochSecond, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((epochSecond + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        byte[] body = JsonLinesSink.line(alert).getBytes(StandardCharsets.UTF_8);
        String failure = null;
        Duration backoff = firstBackoff;
        int tries = 0;
        while (tries < attempts) {
            tries++;
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, signature(secret, Instant.now().getEpochSecond(), body))
                    .header(KEY_HEADER, alert.key()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            Duration current = backoff;
            Duration wait = current;
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                failure = "HTTP " + status;
                if (status / 100 == 4 && !RETRIED_4XX.contains(status)) {
                    break;
                }
                wait = retryAfter(response).filter(asked -> asked.compareTo(current) > 0).orElse(current);
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            }
            if (tries < attempts) {
                sleep(wait);
                backoff = backoff.multipliedBy(2);
            }
        }
        throw new IOException("the webhook " + url + " refused " + alert.key() + " after " + tries + " tr"
                + (tries == 1 ? "y" : "ies") + " (last: " + failure + ")");
    }

    /** The receiver's {@code Retry-After} in seconds, at most {@link #LONGEST_WAIT}. */
    private static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip()))).map(d -> d.compareTo(LONGEST_WAIT) > 0
                        ? LONGEST_WAIT : d);
    }

    private static void sleep(Duration backoff) throws IOException {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to retry", e);
        }
    }
}
