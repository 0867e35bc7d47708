package org.bellwether.alerts.feed;

import java.io.IOException;
import java.nio.ByteBuffer;
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
 * again after 0.5 s, 1 s, 2 s, ... up to 30 s between tries, the wait starting over once a connection delivers. A
 * connection silent for the idle timeout (no message, no blank keep-alive line, no answer to a WebSocket ping, which
 * goes out after a third of it) is taken for dead and made again. Malformed messages are counted, reported and
 * skipped. Messages wait in a bounded inbox: when the engine falls behind, the reader waits (and the WebSocket asks
 * for no more), so nothing is dropped.
 */
public final class FeedSource implements EventSource {

    /** How long a connection may stay silent before it is made again, unless told otherwise. */
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(60);
    /** How many messages wait for the engine before the reader waits for it. */
    static final int INBOX_CAPACITY = 10_000;

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final String END = "\u0000end";

    private final URI url;
    private final FeedMessages messages;
    private final Consumer<String> warnings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Duration idleTimeout;
    private final BlockingQueue<String> inbox;
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private volatile boolean closed;
    private volatile long heardAt; // System.nanoTime() of the connection's last sign of life
    private volatile Runnable disconnect = () -> { };
    private volatile Runnable ping = () -> { };

    /** A feed at {@code url}, silent connections made again after {@link #DEFAULT_IDLE_TIMEOUT}. */
    public FeedSource(URI url, FeedMessages messages, Consumer<String> warnings) {
        this(url, messages, warnings, DEFAULT_IDLE_TIMEOUT);
    }

    /** A feed at {@code url}, silent connections made again after {@code idleTimeout}. */
    public FeedSource(URI url, FeedMessages messages, Consumer<String> warnings, Duration idleTimeout) {
        this(url, messages, warnings, idleTimeout, INBOX_CAPACITY);
    }

    /** As above, the inbox holding {@code inboxCapacity} messages. */
    FeedSource(URI url, FeedMessages messages, Consumer<String> warnings, Duration idleTimeout, int inboxCapacity) {
        String scheme = String.valueOf(url.getScheme());
        if (!scheme.matches("wss?|https?")) {
            throw new IllegalArgumentException("a feed URL must start with ws://, wss://, http:// or https://, but was "
                    + url);
        }
        this.url = url;
        this.messages = messages;
        this.warnings = warnings;
        this.idleTimeout = idleTimeout;
        this.inbox = new LinkedBlockingQueue<>(inboxCapacity);
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
                inbox.clear(); // what a dead connection left
                heardAt = System.nanoTime();
                connect();
                connections.incrementAndGet();
                delivered = receive(consumer);
            } catch (IOException | RuntimeException e) {
                warnings.accept("the feed " + url + " failed: " + e.getMessage() + "; reconnecting in "
                        + backoff.toMillis() + " ms");
            }
            disconnect.run();
            if (closed) {
                return;
            }
            backoff = delivered ? FIRST_BACKOFF : backoff;
            Thread.sleep(backoff);
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
    }

    /** Hands the connection's messages on until it ends or falls silent; whether any came. */
    private boolean receive(Consumer<MarketEvent> consumer) throws InterruptedException {
        boolean delivered = false;
        long pingedAt = System.nanoTime();
        long poll = Math.max(1, Math.min(1000, idleTimeout.toMillis() / 4));
        while (!closed) {
            String message = inbox.poll(poll, TimeUnit.MILLISECONDS);
            if (message == null) {
                long now = System.nanoTime();
                if (now - heardAt > idleTimeout.toNanos()) {
                    warnings.accept("the feed " + url + " has been silent for " + idleTimeout.toSeconds()
                            + " s; reconnecting");
                    return delivered;
                }
                if (now - Math.max(heardAt, pingedAt) > idleTimeout.toNanos() / 3) {
                    ping.run();
                    pingedAt = now;
                }
            } else if (message.equals(END)) {
                if (!closed) {
                    warnings.accept("the feed " + url + " closed the connection; reconnecting");
                }
                return delivered;
            } else {
                delivered = true;
                handle(message, consumer);
            }
        }
        return delivered;
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
            disconnect = socket::abort;
            ping = () -> socket.sendPing(ByteBuffer.allocate(0)).exceptionally(e -> null);
            return;
        }
        CompletableFuture<HttpResponse<Stream<String>>> response = http.sendAsync(HttpRequest.newBuilder(url)
                .header("Accept", "application/x-ndjson, application/json").build(), HttpResponse.BodyHandlers
                .ofLines());
        HttpResponse<Stream<String>> lines = response.join();
        if (lines.statusCode() / 100 != 2) {
            throw new IOException("HTTP " + lines.statusCode());
        }
        Stream<String> body = lines.body();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (body) {
                body.forEach(line -> {
                    heardAt = System.nanoTime(); // a blank line is the server's keep-alive
                    if (!line.isBlank()) {
                        put(line);
                    }
                });
            } catch (RuntimeException e) {
                if (!closed) {
                    warnings.accept("the feed " + url + " stream broke: " + e.getMessage());
                }
            } finally {
                putEnd();
            }
        });
        disconnect = () -> {
            body.close(); // ends the stream under the reader
            reader.interrupt();
        };
        ping = () -> { };
    }

    /**
     * Puts {@link #END} after the connection's messages, waiting for room as they do (an end dropped from a full inbox
     * would leave the feed waiting for the idle timeout); a reader stopped by a disconnect leaves it out, as nothing
     * waits for it then.
     */
    private void putEnd() {
        try {
            inbox.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for room in the inbox: the engine sets the pace, nothing is dropped. */
    private void put(String message) {
        try {
            inbox.put(message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the feed reader was stopped", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        disconnect.run();
        inbox.clear();
        inbox.offer(END);
    }

    /** Collects a text message's parts and hands whole messages to the inbox, asking for the next once there is room. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            heardAt = System.nanoTime();
            parts.append(data);
            if (last) {
                String message = parts.toString();
                parts.setLength(0);
                return CompletableFuture.runAsync(() -> {
                    put(message);
                    socket.request(1);
                }, Thread::startVirtualThread);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
            heardAt = System.nanoTime();
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket socket, ByteBuffer message) {
            heardAt = System.nanoTime();
            return WebSocket.Listener.super.onPing(socket, message);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
            // onClose waits for request(1) like a text, so the end follows the last text into the inbox
            return CompletableFuture.runAsync(FeedSource.this::putEnd, Thread::startVirtualThread);
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            if (!closed) {
                warnings.accept("the feed " + url + " failed: " + error.getMessage());
            }
            Thread.startVirtualThread(FeedSource.this::putEnd); // waits for room without holding the client's thread
        }
    }
}
