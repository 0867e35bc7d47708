package org.bellwether.alerts.feed;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A live bar feed: a WebSocket ({@code ws://}, {@code wss://}) whose text messages are feed messages, or an HTTP
 * endpoint ({@code http://}, {@code https://}) streaming them as JSON lines. A dropped or refused connection is tried
 * again after 0.5 s, 1 s, 2 s, ... up to 30 s between tries, the wait starting over once a connection delivers.
 * Malformed messages are counted, reported and skipped.
 */
public final class FeedSource implements EventSource {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final String END = "\u0000end";

    private final URI url;
    private final FeedMessages messages;
    private final Consumer<String> warnings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final BlockingQueue<String> inbox = new LinkedBlockingQueue<>(100_000);
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean closed;
    private volatile Runnable disconnect = () -> { };

    /** A feed at {@code url}. */
    public FeedSource(URI url, FeedMessages messages, Consumer<String> warnings) {
        String scheme = String.valueOf(url.getScheme());
        if (!scheme.matches("wss?|https?")) {
            throw new IllegalArgumentException("a feed URL must start with ws://, wss://, http:// or https://, but was "
                    + url);
        }
        this.url = url;
        this.messages = messages;
        this.warnings = warnings;
    }

    /** Messages skipped as malformed. */
    public long malformed() {
        return malformed.get();
    }

    /** Connections made so far (1 + reconnects). */
    public long connections() {
        return connections.get();
    }

    @Override
    public void run(Consumer<MarketEvent> consumer) throws InterruptedException {
        Duration backoff = FIRST_BACKOFF;
        while (!closed) {
            boolean delivered = false;
            try {
                connect();
                connections.incrementAndGet();
                String message;
                while (!closed && !(message = inbox.take()).equals(END)) {
                    delivered = true;
                    handle(message, consumer);
                }
                if (!closed) {
                    warnings.accept("the feed " + url + " closed the connection; reconnecting");
                }
            } catch (IOException | RuntimeException e) {
                warnings.accept("the feed " + url + " failed: " + e.getMessage() + "; reconnecting in "
                        + backoff.toMillis() + " ms");
            }
            if (closed) {
                return;
            }
            backoff = delivered ? FIRST_BACKOFF : backoff;
            Thread.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    private void handle(String message, Consumer<MarketEvent> consumer) {
        try {
            messages.parse(message).ifPresent(consumer);
        } catch (IllegalArgumentException e) {
            malformed.incrementAndGet();
            warnings.accept("the feed " + url + " sent a malformed message (" + e.getMessage() + "); skipped");
        }
    }

    /** Opens the connection; its messages, then {@link #END}, arrive in the inbox. */
    private void connect() throws IOException {
        if (url.getScheme().startsWith("ws")) {
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(url, new Listener()).join();
            disconnect = () -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "closed").exceptionally(e -> null);
            return;
        }
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(HttpRequest.newBuilder(url)
                .header("Accept", "application/x-ndjson, application/json").build(), HttpResponse.BodyHandlers
                .ofLines());
        HttpResponse<Stream<String>> lines = response.join();
        if (lines.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + lines.statusCode());
        }
        Thread reader = Thread.ofVirtual().start(() -> {
            try (Stream<String> stream = lines.body()) {
                stream.filter(line -> !line.isBlank()).forEach(this::offer);
            } catch (RuntimeException e) {
                warnings.accept("the feed " + url + " stream broke: " + e.getMessage());
            } finally {
                offer(END);
            }
        });
        disconnect = reader::interrupt;
    }

    private void offer(String message) {
        try {
            if (!inbox.offer(message, 10, TimeUnit.SECONDS)) {
                warnings.accept("the feed " + url + " is faster than the engine; a message was dropped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        disconnect.run();
        inbox.offer(END);
    }

    /** Collects a text message's parts and hands whole messages to the inbox. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                offer(parts.toString());
                parts.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            offer(END);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            warnings.accept("the feed " + url + " failed: " + error.getMessage());
            offer(END);
        }
    }
}
