package org.bellwether.server;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.bellwether.alerts.Alert;
import org.bellwether.alerts.sink.AlertSink;
import org.bellwether.alerts.sink.JsonLinesSink;

/**
 * The dashboard's live alert feed: every alert delivered to it goes to each connected client of
 * {@code /api/v1/alerts/stream} as a server-sent event {@code alert} whose id is the alert's key and whose data is the
 * alert's JSON. With an alert runner behind it, it also reports the runner's counts for the health endpoint.
 */
public final class AlertFeed implements AlertSink {

    private final List<SseClient> clients = new CopyOnWriteArrayList<>();
    private final Supplier<Map<String, Object>> runner;

    /** A feed; {@code runner} gives the alert runner's counts, or is null when no runner feeds it. */
    public AlertFeed(Supplier<Map<String, Object>> runner) {
        this.runner = runner;
    }

    /** Keeps {@code client} until it disconnects. */
    void connect(SseClient client) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        client.sendComment("connected");
    }

    @Override
    public void deliver(Alert alert) throws IOException {
        String data = JsonLinesSink.line(alert);
        for (SseClient client : clients) {
            if (client.terminated()) {
                clients.remove(client);
            } else {
                client.sendEvent("alert", data, alert.key());
            }
        }
    }

    /** Ends every client's stream. */
    void disconnectAll() {
        for (SseClient client : clients) {
            client.close();
        }
        clients.clear();
    }

    /** Clients connected now. */
    public int clients() {
        return clients.size();
    }

    /** The health document's alert part: whether a runner feeds the server, its counts and the clients. */
    Map<String, Object> health() {
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("running", runner != null);
        if (runner != null) {
            health.putAll(runner.get());
        }
        health.put("stream_clients", clients.size());
        return health;
    }
}
