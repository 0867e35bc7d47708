package org.bellwether.store;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One chunk of staged rows as CSV for DuckDB's {@code read_csv}. Values arrive validated and normalized (numbers,
 * ISO dates and instants never need quotes), so only text columns are scanned for characters that need quoting:
 * this writer sits on the hot path of multi-million-row imports.
 */
final class StagingFile implements Closeable {

    private static final int BUFFER_CHARS = 1 << 20;

    private final BufferedWriter out;
    private final boolean[] textColumns;
    private final String[] lastPlainText;

    StagingFile(Path file, List<Column> columns) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                BUFFER_CHARS);
        this.textColumns = new boolean[columns.size()];
        this.lastPlainText = new String[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            ColumnType type = columns.get(i).type();
            textColumns[i] = type == ColumnType.VARCHAR || type == ColumnType.VARCHAR_LIST;
        }
    }

    /** Writes one row: its source line, then the values ({@code null} = missing = empty field). */
    void write(long line, String[] values) throws IOException {
        out.write(Long.toString(line));
        for (int i = 0; i < values.length; i++) {
            out.write(',');
            String value = values[i];
            if (value == null) {
                continue;
            }
            if (textColumns[i] && value != lastPlainText[i] && needsQuotes(value)) {
                out.write('"');
                out.write(value.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(value);
                if (textColumns[i]) {
                    lastPlainText[i] = value; // a repeated symbol is the same String: checked once
                }
            }
        }
        out.write('\n');
    }

    /** Empty text is quoted so that it stays an empty string rather than becoming missing. */
    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
