package org.bellwether.alerts.sink;

import java.io.IOException;
import java.nio.file.Path;
import org.bellwether.alerts.Alert;

/**
 * The dead-letter file: alerts a sink could not deliver (after its own retries), appended as JSON lines. It is a
 * {@link JsonLinesSink} file, so it holds each key once: an alert dead-lettered again (by a second sink, or after a
 * restart) is not written twice. The file is created at the first dead letter.
 */
public final class DeadLetters implements AutoCloseable {

    private final Path path;
    private JsonLinesSink file; // opened at the first dead letter

    /** Dead letters appended to the file at {@code path}. */
    public DeadLetters(Path path) {
        this.path = path;
    }

    /** Where the dead letters go. */
    public Path path() {
        return path;
    }

    /** Appends {@code alert} unless the file holds its key; returns once it is written. */
    public synchronized void write(Alert alert) throws IOException {
        if (file == null) {
            file = JsonLinesSink.append(path);
        }
        file.deliver(alert);
    }

    @Override
    public synchronized void close() throws IOException {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
