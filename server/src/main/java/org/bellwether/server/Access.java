package org.bellwether.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may call the API. With a token: only requests that send it as {@code Authorization: Bearer TOKEN} (never in a
 * URL, where it would reach history, shared links and Referer headers); an {@code EventSource}, which cannot send
 * headers, opens the alert stream with a single-use ticket that lives {@link #TICKET_LIFE}. Without a token the
 * server is bound to loopback and answers only requests addressed to a loopback name, so that a web page on another
 * site cannot read it by rebinding its own name to 127.0.0.1.
 */
final class Access {

    /** How long a stream ticket may wait for its first use. */
    static final Duration TICKET_LIFE = Duration.ofSeconds(30);

    /** Tickets waiting for their use at most: more asked for within one life are answered 429. */
    static final int MAX_OPEN_TICKETS = 1_000;

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] token;
    private final String boundHost;
    /** Unused tickets by expiry, oldest first (every ticket lives as long), so that expired ones leave from the head. */
    private final LinkedHashMap<String, Instant> tickets = new LinkedHashMap<>();

    Access(String token, String boundHost) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.boundHost = boundHost.toLowerCase(Locale.ROOT);
    }

    /** Throws the 401 or 403 that {@code ctx} deserves, if any; {@code ticketed} routes also take a ticket. */
    void check(Context ctx, boolean ticketed) {
        if (token == null) {
            checkHost(ctx.header("Host"));
            return;
        }
        if (ticketed && ctx.queryParam("ticket") != null && redeem(ctx.queryParam("ticket"))) {
            return;
        }
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer || !MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8), token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "unauthorized", "send the server's token as Authorization: Bearer TOKEN"
                    + (ticketed ? ", or a ticket from POST /api/v1/alerts/tickets as ?ticket=" : ""));
        }
    }

    private void checkHost(String host) {
        String name = hostName(host);
        if (name != null && !LOOPBACK_NAMES.contains(name) && !name.equals(boundHost)) {
            throw new ApiException(403, "forbidden_host", "this server answers requests addressed to localhost or "
                    + "127.0.0.1 only, not to " + name + "; to serve other names, start it with a token");
        }
    }

    /** The host name of a {@code Host} header, without its port; null when there is none. */
    static String hostName(String host) {
        if (host == null || host.isBlank()) {
            return null;
        }
        String lower = host.trim().toLowerCase(Locale.ROOT);
        if (lower.startsWith("[")) {
            int end = lower.indexOf(']');
            return end < 0 ? lower : lower.substring(0, end + 1);
        }
        int colon = lower.indexOf(':');
        return colon < 0 || lower.indexOf(':', colon + 1) >= 0 ? lower : lower.substring(0, colon);
    }

    /** A new single-use ticket for the alert stream; a 429 while {@link #MAX_OPEN_TICKETS} wait for their use. */
    Map<String, Object> issueTicket() {
        Instant now = Instant.now();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        synchronized (tickets) {
            Iterator<Instant> oldest = tickets.values().iterator();
            while (oldest.hasNext() && oldest.next().isBefore(now)) {
                oldest.remove();
            }
            if (tickets.size() >= MAX_OPEN_TICKETS) {
                Instant firstExpiry = tickets.values().iterator().next();
                throw new ApiException(429, "too_many_requests", MAX_OPEN_TICKETS + " stream tickets wait for "
                        + "their use; open the stream with one or wait for them to expire")
                        .retryAfter(Math.max(1, Duration.between(now, firstExpiry).toSeconds()));
            }
            tickets.put(ticket, now.plus(TICKET_LIFE));
        }
        return Map.of("ticket", ticket, "expires_in_s", TICKET_LIFE.toSeconds());
    }

    private boolean redeem(String ticket) {
        Instant expiry;
        synchronized (tickets) {
            expiry = tickets.remove(ticket);
        }
        return expiry != null && !expiry.isBefore(Instant.now());
    }
}
