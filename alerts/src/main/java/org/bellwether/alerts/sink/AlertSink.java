package org.bellwether.alerts.sink;

import java.io.IOException;
import org.bellwether.alerts.Alert;

/** Where alerts go: stdout or a file as JSON lines, the dashboard's live feed, a webhook, a Kafka topic. */
public interface AlertSink extends AutoCloseable {

    /** Delivers {@code alert}; returns once the receiver has it, or throws when it could not be delivered. */
    void deliver(Alert alert) throws IOException;

    /** Releases what the sink holds; the default holds nothing. */
    @Override
    default void close() throws IOException {
    }
}
