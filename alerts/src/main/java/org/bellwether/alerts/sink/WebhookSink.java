package org.bellwether.alerts.sink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bellwether.alerts.Alert;

/**
 * POSTs each alert as JSON to a URL, signed: {@code X-Bellwether-Signature: sha256=HEX}, the HMAC-SHA256 of the body
 * under the shared secret (the receiver recomputes it), and {@code X-Bellwether-Alert-Key} for de-duplication. A
 * failure (no answer, or a status other than 2xx) is retried after 0.5 s, 1 s, 2 s, ... up to {@code attempts} in
 * all; after the last, the alert goes to the dead-letter file as a JSON line and delivery counts as failed.
 */
public final class WebhookSink implements AlertSink {

    /** The header carrying the body's signature. */
    public static final String SIGNATURE_HEADER = "X-Bellwether-Signature";
    /** The header carrying the alert's key. */
    public static final String KEY_HEADER = "X-Bellwether-Alert-Key";

    private final URI url;
    private final byte[] secret;
    private final int attempts;
    private final Duration firstBackoff;
    private final Path deadLetters;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * A webhook to {@code url} signed with {@code secret}, tried {@code attempts} times with backoff starting at
     * {@code firstBackoff}; undeliverable alerts are appended to {@code deadLetters}.
     */
    public WebhookSink(URI url, String secret, int attempts, Duration firstBackoff, Path deadLetters) {
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("a webhook needs an http or https URL, but was " + url);
        }
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a webhook needs a secret to sign with (--webhook-secret or "
                    + "BELLWETHER_WEBHOOK_SECRET)");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, but was " + attempts);
        }
        this.url = url;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.deadLetters = deadLetters;
    }

    /** The signature header's value for {@code body} under {@code secret}: "sha256=" and the hex HMAC. */
    public static String signature(byte[] secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable: " + e.getMessage(), e);
        }
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        byte[] body = JsonLinesSink.line(alert).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header(SIGNATURE_HEADER, signature(secret, body))
                .header(KEY_HEADER, alert.key()).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        String failure = null;
        Duration backoff = firstBackoff;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    return;
                }
                failure = "HTTP " + status;
            } catch (IOException e) {
                failure = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = "interrupted";
                break;
            }
            if (attempt < attempts) {
                sleep(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        try (JsonLinesSink dead = JsonLinesSink.append(deadLetters)) {
            dead.deliver(alert);
        }
        throw new IOException("the webhook " + url + " refused " + alert.key() + " " + attempts + " times (last: "
                + failure + "); written to the dead-letter file " + deadLetters);
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
