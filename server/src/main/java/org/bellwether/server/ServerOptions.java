package org.bellwether.server;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code bellwether serve} listens: the address, the token every API request must send (null: none, loopback
 * only), TLS, and the bounds on the heavy endpoints.
 *
 * @param host the address to bind
 * @param port the port (0: any free port)
 * @param token the bearer token, or null
 * @param tls the keystore to serve HTTPS from, or null for plain HTTP
 * @param limits the bounds on heavy endpoints
 */
public record ServerOptions(String host, int port, String token, Tls tls, Limits limits) {

    /** A PKCS#12 or JKS keystore holding the server's certificate and key, and its password. */
    public record Tls(Path keystore, String password) {
    }

    /**
     * The bounds on heavy endpoints (the note, the claim check, whole-universe screens, ...).
     *
     * @param heavyPermits how many heavy requests compute at once
     * @param queueWait how long a heavy request waits for its turn before a 429
     * @param budget how long a heavy request may compute before a 503 (the computation finishes in the background
     *     and its answer is cached; its permit is held until then, so timed-out work cannot pile up)
     * @param cacheEntries how many heavy answers are kept, by store generation and parameters
     */
    public record Limits(int heavyPermits, Duration queueWait, Duration budget, int cacheEntries) {

        /** One heavy computation per core, a second's wait for a turn, 30 seconds each, 256 answers kept. */
        public static final Limits DEFAULT = new Limits(Math.max(1, Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(1), Duration.ofSeconds(30), 256);

        /** Seconds a client is told to wait before it tries again ({@code Retry-After}). */
        long retryAfterSeconds() {
            return Math.max(1, queueWait.toSeconds());
        }
    }

    /** Plain HTTP on {@code host}:{@code port}, with {@code token} (or none) and the default limits. */
    public static ServerOptions of(String host, int port, String token) {
        return new ServerOptions(host, port, token, null, Limits.DEFAULT);
    }

    /** These options served over TLS from {@code tls}. */
    public ServerOptions withTls(Tls tls) {
        return new ServerOptions(host, port, token, tls, limits);
    }

    /** These options with other bounds on heavy endpoints. */
    public ServerOptions withLimits(Limits limits) {
        return new ServerOptions(host, port, token, tls, limits);
    }
}
