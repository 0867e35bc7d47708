package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Printing results: one JSON document for {@code --json}, aligned text tables otherwise. */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /** Prints {@code document} as JSON. */
    static void json(PrintWriter out, Object document) {
        try {
            out.println(JSON.writeValueAsString(document));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** Prints rows as a table with a header, columns left-aligned except numbers. */
    static void table(PrintWriter out, List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        printRow(out, header, widths, rows.isEmpty() ? null : rows.get(0));
        for (List<String> row : rows) {
            printRow(out, row, widths, row);
        }
        out.flush();
    }

    private static void printRow(PrintWriter out, List<String> cells, int[] widths, List<String> sample) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean numeric = sample != null && sample.get(i).matches("[-+]?[\\d,.]+");
            String cell = cells.get(i);
            String padded = numeric ? " ".repeat(widths[i] - cell.length()) + cell
                    : cell + " ".repeat(widths[i] - cell.length());
            line.append(i == 0 ? "" : "  ").append(padded);
        }
        out.println(line.toString().stripTrailing());
    }

    /** A count with thousands separators. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
