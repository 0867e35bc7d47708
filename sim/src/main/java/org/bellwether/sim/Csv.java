package org.bellwether.sim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV file written line by line with fixed formatting, so that the same values always give the same bytes. */
final class Csv implements AutoCloseable {

    private final BufferedWriter out;
    private final StringBuilder line = new StringBuilder();
    private int rows;
    private int fields;

    Csv(Path file, String header) {
        try {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            out.write(header);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    Csv text(String value) {
        separate();
        if (value != null) {
            boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0;
            line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return this;
    }

    /** A price or value to the cent (two decimals). */
    Csv cents(double value) {
        separate();
        long cents = Math.round(value * 100);
        line.append(cents < 0 ? "-" : "").append(Math.abs(cents) / 100).append('.');
        long fraction = Math.abs(cents) % 100;
        line.append(fraction < 10 ? "0" : "").append(fraction);
        return this;
    }

    Csv whole(long value) {
        separate();
        line.append(value);
        return this;
    }

    Csv empty() {
        separate();
        return this;
    }

    void end() {
        try {
            out.append(line).append('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        line.setLength(0);
        fields = 0;
        rows++;
    }

    int rows() {
        return rows;
    }

    private void separate() {
        if (fields++ > 0) {
            line.append(',');
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
