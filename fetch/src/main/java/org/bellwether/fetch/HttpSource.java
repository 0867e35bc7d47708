package org.bellwether.fetch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;

/**
 * GETs a source's URLs through a disk cache that revalidates (a stored copy is sent back with its ETag or
 * Last-Modified, and a 304 answer reuses it), retrying connection failures, cut-off bodies, 429 and 5xx answers with
 * exponential backoff and jitter and honouring Retry-After, at most {@code requestsPerSecond} requests a second.
 * A body is stored only once it arrived whole, so the cache never holds a truncated answer.
 */
public final class HttpSource {

    /** Answers worth another try: too many requests, and the server errors that pass. */
    private static final Set<Integer> RETRYABLE = Set.of(408, 429, 500, 502, 503, 504);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path cacheDir;
    private final String userAgent;
    private final RetryPolicy policy;
    private final RateLimiter rateLimiter;
    private final Clock clock;
    private final HttpClient client;

    /**
     * @param cacheDir where answers are kept between runs
     * @param userAgent the User-Agent header (SEC EDGAR requires a name and an e-mail address in it)
     * @param policy how failures are retried
     * @param requestsPerSecond the most requests a second this source takes
     * @param clock the time retrievals are stamped with
     */
    public HttpSource(Path cacheDir, String userAgent, RetryPolicy policy, int requestsPerSecond, Clock clock) {
        this.cacheDir = cacheDir;
        this.userAgent = userAgent;
        this.policy = policy;
        this.clock = clock;
        this.rateLimiter = RateLimiter.of("requests", RateLimiterConfig.custom().limitForPeriod(requestsPerSecond)
                .limitRefreshPeriod(Duration.ofSeconds(1)).timeoutDuration(Duration.ofMinutes(10)).build());
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build();
    }

    /**
     * One answer: its body on disk and where and when it came from.
     *
     * @param body the body, decompressed
     * @param url the URL asked for, without the secret query parameters
     * @param retrievedAt when the source answered (for a revalidated copy: when it confirmed it)
     * @param revalidated whether the cached copy was confirmed unchanged (HTTP 304) instead of downloaded
     * @param contentType the answer's Content-Type, or "" when it had none
     */
    public record Response(Path body, String url, Instant retrievedAt, boolean revalidated, String contentType) {

        /** The body as text. */
        public String text() {
            try {
                return Files.readString(body, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the cached answer " + body, e);
            }
        }
    }

    /**
     * GETs {@code uri}; the query parameters named in {@code secrets} (API keys) are sent but appear in no URL this
     * reports or stores.
     */
    public Response get(URI uri, Set<String> secrets) {
        String url = redact(uri, secrets);
        String key = sha256(url).substring(0, 32);
        Path body = cacheDir.resolve(key + ".body");
        Path meta = cacheDir.resolve(key + ".json");
        ObjectNode cached = Files.isRegularFile(body) ? readMeta(meta) : null;
        Path incoming = cacheDir.resolve(key + ".incoming");
        try {
            Files.createDirectories(cacheDir);
            HttpResponse<Path> response = send(request(uri, cached), incoming, url);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS); // the store keeps microseconds
            int status = response.statusCode();
            if (status == 304 && cached != null) {
                cached.put("retrieved_at", now.toString());
                writeMeta(meta, cached);
                return new Response(body, url, now, true, cached.path("content_type").asText(""));
            }
            if (status / 100 != 2) {
                throw failure(url, response);
            }
            store(response, body);
            ObjectNode fresh = JSON.createObjectNode().put("url", url).put("retrieved_at", now.toString());
            response.headers().firstValue("ETag").ifPresent(etag -> fresh.put("etag", etag));
            response.headers().firstValue("Last-Modified").ifPresent(date -> fresh.put("last_modified", date));
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            fresh.put("content_type", contentType);
            writeMeta(meta, fresh);
            return new Response(body, url, now, false, contentType);
        } catch (IOException e) {
            throw new FetchException(url + ": the answer could not be read or stored (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(incoming);
        }
    }

    private HttpRequest request(URI uri, ObjectNode cached) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(policy.tryTimeout())
                .header("User-Agent", userAgent).header("Accept-Encoding", "gzip");
        if (cached != null && cached.hasNonNull("etag")) {
            request.header("If-None-Match", cached.get("etag").asText());
        }
        if (cached != null && cached.hasNonNull("last_modified")) {
            request.header("If-Modified-Since", cached.get("last_modified").asText());
        }
        return request.build();
    }

    /** Sends with the rate limit and the retry policy; the last answer when every try was refused. */
    private HttpResponse<Path> send(HttpRequest request, Path incoming, String url) throws IOException {
        RetryConfig config = RetryConfig.<HttpResponse<?>>custom().maxAttempts(policy.attempts())
                .intervalBiFunction(policy.intervals(clock))
                .retryOnResult(response -> RETRYABLE.contains(response.statusCode())
                        && !policy.asksTooLong(response, clock))
                .retryOnException(e -> e instanceof IOException).failAfterMaxAttempts(false).build();
        Retry retry = Retry.of(url, config);
        try {
            return retry.executeCheckedSupplier(() -> {
                RateLimiter.waitForPermission(rateLimiter);
                Files.deleteIfExists(incoming);
                return within(client.sendAsync(request, HttpResponse.BodyHandlers.ofFile(incoming)), url);
            });
        } catch (IOException e) {
            throw new FetchException(url + ": no whole answer after " + policy.attempts() + " tries (" + describe(e)
                    + "); check the connection or --base-url, or try again later", e);
        } catch (FetchException | UncheckedIOException e) {
            throw e;
        } catch (Throwable e) {
            throw new FetchException(url + ": " + describe(e), e);
        }
    }

    /** The answer of one try, which fails as an IOException when it takes longer than the policy's timeout. */
    private HttpResponse<Path> within(CompletableFuture<HttpResponse<Path>> answer, String url) throws IOException {
        try {
            return answer.get(policy.tryTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.cancel(true);
            throw new HttpTimeoutException("no whole answer within " + policy.tryTimeout().toSeconds() + " s");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new FetchException(url + ": " + describe(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(url + ": interrupted", e);
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof ConnectException) {
            return "could not connect";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private FetchException failure(String url, HttpResponse<Path> response) {
        int status = response.statusCode();
        String excerpt = excerpt(response.body());
        if (RETRYABLE.contains(status)) {
            Duration asked = RetryPolicy.retryAfter(response, clock);
            String when = asked == null ? "try again later"
                    : "it asks to wait " + asked.toSeconds() + " s (Retry-After); try again then";
            return new FetchException(url + ": the source answered HTTP " + status + excerpt + " after "
                    + (policy.asksTooLong(response, clock) ? "1 try" : policy.attempts() + " tries") + "; " + when);
        }
        String hint = status == 404 ? "; check the symbol or series id"
                : status == 401 || status == 403 ? "; check the API key or User-Agent the source asks for" : "";
        return new FetchException(url + ": the source answered HTTP " + status + excerpt + hint);
    }

    /** The first words of a refusal's body, tags dropped, to say what the source said. */
    private static String excerpt(Path body) {
        try {
            String text = Files.isRegularFile(body) ? Files.readString(body, StandardCharsets.ISO_8859_1) : "";
            String words = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
            return words.isEmpty() ? "" : " (\"" + (words.length() > 160 ? words.substring(0, 160) + "..." : words)
                    + "\")";
        } catch (IOException e) {
            return "";
        }
    }

    private static void store(HttpResponse<Path> response, Path body) throws IOException {
        Path incoming = response.body();
        boolean gzip = response.headers().firstValue("Content-Encoding").map(encoding -> encoding.toLowerCase(
                Locale.ROOT).contains("gzip")).orElse(false);
        if (gzip) {
            Path plain = incoming.resolveSibling(incoming.getFileName() + ".plain");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(incoming))) {
                Files.copy(in, plain, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(plain, body, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.move(incoming, body, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static ObjectNode readMeta(Path meta) {
        try {
            return Files.isRegularFile(meta) ? (ObjectNode) JSON.readTree(meta.toFile()) : null;
        } catch (IOException | ClassCastException e) {
            return null; // an unreadable note is no cache: fetch afresh
        }
    }

    private static void writeMeta(Path meta, ObjectNode node) throws IOException {
        Path temp = meta.resolveSibling(meta.getFileName() + ".tmp");
        JSON.writeValue(temp.toFile(), node);
        Files.move(temp, meta, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover partial download is overwritten by the next fetch
        }
    }

    /** {@code uri} without the query parameters named in {@code secrets}. */
    static String redact(URI uri, Set<String> secrets) {
        String query = uri.getRawQuery();
        String base = uri.toString();
        if (query == null || secrets.isEmpty()) {
            return base;
        }
        StringJoiner kept = new StringJoiner("&");
        for (String parameter : query.split("&")) {
            String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
            if (!secrets.contains(name)) {
                kept.add(parameter);
            }
        }
        String path = base.substring(0, base.indexOf('?'));
        return kept.length() == 0 ? path : path + "?" + kept;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
