package org.bellwether.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.bellwether.core.definitions.Definitions;
import org.bellwether.facts.MarketData;
import org.bellwether.facts.Reports;
import org.bellwether.facts.text.Json;
import picocli.CommandLine.Model.CommandSpec;

/** Printing results: one JSON document for {@code --json}, aligned text tables otherwise. */
final class Output {

    private Output() {
    }

    /** The JSON mapper, made on first use: a command printing text does not build it. */
    private static final class JsonMapper {
        static final ObjectMapper JSON = Json.mapper(Boolean.getBoolean("bellwether.pretty"));
    }

    /** Prints {@code document} as JSON. */
    static void json(PrintWriter out, Object document) {
        try {
            // straight to the stream: no copy of a large document as one string
            JsonMapper.JSON.writeValue(out, document);
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /**
     * Says that the answer comes from simulated data when the store holds any: a last line of text, or with
     * {@code --json} a line on stderr, as stdout then holds exactly one JSON document.
     */
    static void simulatedNote(CommandSpec spec, MarketData data, boolean json) {
        data.simulatedSources().map(sources -> sources.replace("simulated: ", "")).ifPresent(sources -> {
            PrintWriter out = json ? spec.commandLine().getErr() : spec.commandLine().getOut();
            out.println(json ? "bellwether: note: the store holds simulated data: " + sources
                    : "Simulated data: " + sources);
            out.flush();
        });
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

    /** A number with {@code decimals} decimals and thousands separators; "-" when undefined. */
    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,." + decimals + "f", value) : "-";
    }

    /**
     * What a partial member aggregate means, e.g. " (partial: fewer than 90% of the members or of the index weight have
     * a close that day, so the figures are of those members, not of the index)"; empty when it is not partial.
     */
    static String partial(Reports.MemberAggregate aggregate, String what) {
        return aggregate.partial() ? " (partial: fewer than " + number(Definitions.MIN_MEMBER_COVERAGE * 100, 0)
                + "% of the members or of the index weight have " + what + ", so the figures are of those members, not "
                + "of the index)" : "";
    }

    /** A count with thousands separators. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
