package org.bellwether.alerts.feed;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Follows a file being appended, like {@code tail -f}: from its first line, then each line as it is completed. A CSV
 * file of bars has the header {@code symbol,time,interval,open,high,low,close,volume} (interval and the prices but
 * the close optional; a daily bar's time is its date); a {@code .jsonl} file holds one feed message per line. A
 * malformed line is counted, reported with its line number and reason, and skipped. A file that shrinks was
 * replaced: it is read again from the start (the engine ignores bars it has seen).
 */
public final class TailSource implements EventSource {

    private static final List<String> COLUMNS = List.of("symbol", "time", "interval", "open", "high", "low", "close",
            "volume");
    private static final long POLL_MILLIS = 100;
    private static final int READ_BYTES = 1 << 20;

    private final Path file;
    private final FeedMessages messages;
    private final Consumer<String> warnings;
    private final boolean follow;
    private volatile boolean closed;
    private long malformed;
    private List<String> header;

    /**
     * A tail of {@code file}; with {@code follow} false it stops at the end of the file (for tests and one-off
     * runs), otherwise it waits for more until closed.
     */
    public TailSource(Path file, FeedMessages messages, Consumer<String> warnings, boolean follow) {
        this.file = file;
        this.messages = messages;
        this.warnings = warnings;
        this.follow = follow;
    }

    /** Lines skipped as malformed. */
    public long malformed() {
        return malformed;
    }

    @Override
    public void run(Consumer<MarketEvent> consumer) throws IOException, InterruptedException {
        long position = 0;
        long lineNumber = 0;
        // bytes, not characters: a read can end inside a multi-byte character, which is whole once its line is;
        // a newline byte is never part of one
        ByteArrayOutputStream partial = new ByteArrayOutputStream();
        while (!closed) {
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size < position) {
                warnings.accept(file + " shrank from " + position + " to " + size + " bytes: reading it again");
                position = 0;
                lineNumber = 0;
                partial.reset();
                header = null;
            }
            if (size > position) {
                byte[] bytes = read(position, size);
                position += bytes.length;
                int start = 0;
                for (int i = 0; i < bytes.length && !closed; i++) {
                    if (bytes[i] == '\n') {
                        partial.write(bytes, start, i - start);
                        String line = partial.toString(StandardCharsets.UTF_8).replace("\r", "");
                        partial.reset();
                        start = i + 1;
                        lineNumber++;
                        line(line, lineNumber).ifPresent(consumer);
                    }
                }
                partial.write(bytes, start, bytes.length - start);
            } else if (!follow) {
                if (partial.size() > 0) { // the last line of a finished file needs no newline
                    line(partial.toString(StandardCharsets.UTF_8).replace("\r", ""), lineNumber + 1)
                            .ifPresent(consumer);
                }
                return;
            } else {
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    private byte[] read(long from, long to) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(from);
            byte[] bytes = new byte[(int) Math.min(to - from, READ_BYTES)];
            in.readFully(bytes);
            return bytes;
        }
    }

    private Optional<MarketEvent> line(String line, long number) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            if (file.toString().endsWith(".jsonl")) {
                return messages.parse(line);
            }
            List<String> fields = fields(line);
            if (header == null) {
                header = fields.stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                if (!header.contains("symbol") || !header.contains("time") || !header.contains("close")
                        || !COLUMNS.containsAll(header)) {
                    throw new IllegalArgumentException("the header must name symbol, time and close, and only "
                            + String.join(", ", COLUMNS) + ", but was " + line);
                }
                return Optional.empty();
            }
            return messages.parse(bar(fields));
        } catch (IllegalArgumentException e) {
            malformed++;
            warnings.accept(file + " line " + number + ": " + e.getMessage() + "; skipped");
            return Optional.empty();
        }
    }

    private ObjectNode bar(List<String> fields) {
        if (fields.size() != header.size()) {
            throw new IllegalArgumentException("expected " + header.size() + " fields (" + String.join(",", header)
                    + "), but found " + fields.size());
        }
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("type", "bar");
        boolean daily = false;
        for (int i = 0; i < fields.size(); i++) {
            if (header.get(i).equals("interval")) {
                daily = fields.get(i).strip().equals("1d");
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            String name = header.get(i);
            String value = fields.get(i).strip();
            if (value.isEmpty()) {
                continue;
            }
            switch (name) {
                case "symbol", "interval" -> node.put(name, value);
                case "time" -> node.put(daily ? "date" : "time", value);
                default -> {
                    try {
                        node.put(name, Double.parseDouble(value));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + " must be a number, but was " + value);
                    }
                }
            }
        }
        return node;
    }

    private static List<String> fields(String line) {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(line)) {
            List<String> fields = new ArrayList<>();
            reader.forEach(record -> fields.addAll(record.getFields()));
            return fields;
        } catch (CsvParseException e) { // found by fuzzing: a field FastCSV cannot read, such as an unclosed quote
            throw new IllegalArgumentException("not a CSV line (" + (e.getCause() == null ? e.getMessage()
                    : e.getCause().getMessage()) + ")");
        } catch (IOException e) { // a reader of a string has nothing to fail on closing
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
