package org.bellwether.alerts.sink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;
import org.bellwether.alerts.Alert;
import org.bellwether.facts.text.Json;

/**
 * Alerts as JSON lines (one alert per line, flushed at once) on stdout or appended to a file. A file is idempotent:
 * opening it drops a last line cut short (a process killed while writing it) and reads the keys it holds, and an
 * alert whose key is there is not written again, so a restart that re-sends an alert leaves it in the file once.
 */
public final class JsonLinesSink implements AlertSink {

    private static final ObjectMapper JSON = Json.mapper(false);

    private final Writer out;
    private final boolean ownsStream;
    private final Set<String> written;

    private JsonLinesSink(Writer out, boolean ownsStream, Set<String> written) {
        this.out = out;
        this.ownsStream = ownsStream;
        this.written = written;
    }

    /** A sink writing to {@code out}, which it leaves open. */
    public static JsonLinesSink to(OutputStream out) {
        return to(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A sink writing to {@code out}, which it leaves open (a command's standard output). */
    public static JsonLinesSink to(Writer out) {
        return new JsonLinesSink(out, false, new HashSet<>());
    }

    /** A sink appending to the file at {@code path} (created when missing), skipping the keys it already holds. */
    public static JsonLinesSink append(Path path) throws IOException {
        Set<String> written = new HashSet<>();
        if (Files.exists(path)) {
            try (FileChannel file = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                byte[] bytes = Files.readAllBytes(path);
                int end = bytes.length;
                while (end > 0 && bytes[end - 1] != '\n') {
                    end--;
                }
                file.truncate(end); // a line cut short by a kill
                for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
                    JsonNode key = line.isBlank() ? null : JSON.readTree(line).get("key");
                    if (key != null) {
                        written.add(key.asText());
                    }
                }
            }
        }
        return new JsonLinesSink(Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true, written);
    }

    /** One alert as its JSON line (no newline). */
    public static String line(Alert alert) throws IOException {
        return JSON.writeValueAsString(alert);
    }

    @Override
    public synchronized void deliver(Alert alert) throws IOException {
        if (ownsStream && !written.add(alert.key())) {
            return;
        }
        out.write(line(alert));
        out.write('\n');
        out.flush();
        if (out instanceof PrintWriter print && print.checkError()) { // a PrintWriter keeps its failures to itself
            throw new IOException("the output is closed");
        }
    }

    @Override
    public void close() throws IOException {
        if (ownsStream) {
            out.close();
        } else {
            out.flush();
        }
    }
}
