package org.bellwether.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A real HTTP server on loopback that answers each path with the replies queued for it, in order (the last one
 * repeats), as a source's recorded answers; it keeps every request for the test to look at.
 */
final class ReplayServer implements AutoCloseable {

    /**
     * One recorded answer.
     *
     * @param status the HTTP status
     * @param headers response headers
     * @param body the body
     * @param cutAt bytes sent before the connection is dropped though Content-Length promised the whole body (-1:
     *     all of it)
     */
    record Reply(int status, Map<String, String> headers, byte[] body, int cutAt) {

        static Reply ok(String resource, String contentType) {
            return new Reply(200, Map.of("Content-Type", contentType), ReplayServer.resource(resource), -1);
        }

        static Reply status(int status, Map<String, String> headers, String body) {
            return new Reply(status, headers, body.getBytes(StandardCharsets.UTF_8), -1);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, cutAt);
        }

        Reply cutAt(int bytes) {
            return new Reply(status, headers, body, bytes);
        }
    }

    /**
     * A request the server received.
     *
     * @param path the path
     * @param query the raw query, or null
     * @param headers the first value of each request header, by lower-case name
     */
    record Request(String path, String query, Map<String, String> headers) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> replies = new LinkedHashMap<>();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** The base URL to point a fetcher at. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues {@code answers} for {@code path}, to be given in order; the last one repeats. */
    ReplayServer on(String path, Reply... answers) {
        replies.computeIfAbsent(path, key -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    /** The requests received so far. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests received for {@code path}. */
    List<Request> requests(String path) {
        return requests().stream().filter(request -> request.path().equals(path)).toList();
    }

    private synchronized void answer(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.get(0)));
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, exchange.getRequestURI().getRawQuery(), headers));
        Deque<Reply> queue = replies.get(path);
        Reply reply = queue == null ? Reply.status(404, Map.of(), "Not Found")
                : queue.size() > 1 ? queue.poll() : queue.peek();
        reply.headers().forEach(exchange.getResponseHeaders()::add);
        exchange.sendResponseHeaders(reply.status(), reply.status() == 304 ? -1 : reply.body().length);
        if (reply.status() == 304) {
            exchange.close();
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (reply.cutAt() < 0) {
            out.write(reply.body());
            exchange.close();
            return;
        }
        out.write(reply.body(), 0, reply.cutAt());
        out.flush();
        // short of Content-Length: a handler that fails makes the server drop the connection
        throw new IOException("cut off on purpose after " + reply.cutAt() + " bytes");
    }

    static byte[] resource(String name) {
        try (InputStream in = ReplayServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
