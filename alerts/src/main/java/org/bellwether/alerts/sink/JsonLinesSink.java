package org.bellwether.alerts.sink;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.bellwether.alerts.Alert;
import org.bellwether.report.Json;

/** Alerts as JSON lines (one alert per line, flushed at once) on stdout or appended to a file. */
public final class JsonLinesSink implements AlertSink {

    private static final ObjectMapper JSON = Json.mapper(false);

    private final Writer out;
    private final boolean ownsStream;

    private JsonLinesSink(Writer out, boolean ownsStream) {
        this.out = out;
        this.ownsStream = ownsStream;
    }

    /** A sink writing to {@code out}, which it leaves open. */
    public static JsonLinesSink to(OutputStream out) {
        return new JsonLinesSink(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    /** A sink writing to {@code out}, which it leaves open (a command's standard output). */
    public static JsonLinesSink to(Writer out) {
        return new JsonLinesSink(out, false);
    }

    /** A sink appending to the file at {@code path} (created when missing). */
    public static JsonLinesSink append(Path path) throws IOException {
        return new JsonLinesSink(Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND), true);
    }

    /** One alert as its JSON line (no newline). */
    public static String line(Alert alert) throws IOException {
        return JSON.writeValueAsString(alert);
    }

    @Override
    public synchronized void deliver(Alert alert) throws IOException {
        out.write(line(alert));
        out.write('\n');
        out.flush();
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
