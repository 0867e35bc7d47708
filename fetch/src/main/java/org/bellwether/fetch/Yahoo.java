package org.bellwether.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.bellwether.ingest.BarFormat;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportReport;

/**
 * Yahoo Finance's chart API ({@code /v8/finance/chart/AAPL?period1=...&period2=...&interval=1d&events=div,split}):
 * daily bars with the adjusted close, and the splits and dividends of the period (stored as corporate actions). It is unofficial and undocumented:
 * best effort, labelled as such wherever it is used. Each bar's day is its timestamp's date in the exchange's time
 * zone (the answer's {@code exchangeTimezoneName}).
 */
public final class Yahoo {

    /** Where the chart API is served. */
    public static final String BASE = "https://query1.finance.yahoo.com";
    /** Yahoo refuses bursts; one request a second. */
    public static final int REQUESTS_PER_SECOND = 1;

    private Yahoo() {
    }

    /**
     * A split or a dividend in the answer.
     *
     * @param date the day it took effect, in the exchange's zone
     * @param kind "split" or "dividend"
     * @param value the split ratio (new shares per old) or the dividend per share
     */
    public record Action(LocalDate date, String kind, double value) {
    }

    /** What a chart fetch brought: the import and the corporate actions seen. */
    public record Chart(Fetched fetched, List<Action> actions) {
    }

    /** The daily bars of {@code symbol} from {@code from} through {@code to}. */
    public static Chart daily(FetchContext context, String symbol, LocalDate from, LocalDate to) {
        long start = from.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        HttpSource.Response response = context.get("/v8/finance/chart/" + URLEncoder.encode(symbol,
                StandardCharsets.UTF_8) + "?period1=" + start + "&period2=" + end
                + "&interval=1d&events=div%2Csplit&includeAdjustedClose=true", Set.of());
        JsonNode chart = Sources.json(response).path("chart");
        JsonNode error = chart.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            throw new FetchException(response.url() + ": Yahoo answered " + error.path("code").asText("an error")
                    + ": " + error.path("description").asText("") + " (nothing was imported)");
        }
        JsonNode result = chart.path("result").path(0);
        JsonNode timestamps = result.path("timestamp");
        if (!timestamps.isArray() || timestamps.isEmpty()) {
            throw new FetchException(response.url() + ": Yahoo has no bars for " + symbol + " from " + from + " to "
                    + to + " (check the symbol: indices start with ^, e.g. ^GSPC)");
        }
        ZoneId zone = zone(result.path("meta"));
        Path csv = Sources.derived(response, "csv");
        writeBars(csv, result, zone);
        List<Action> actions = actions(result.path("events"), zone);
        Fetched bars = context.importAs(symbol, response, csv, imports -> imports.bars(csv, new BarOptions(
                BarFormat.YAHOO, symbol, OptionalInt.empty(), zone)));
        if (actions.isEmpty()) {
            return new Chart(bars, actions);
        }
        Path actionsCsv = Sources.derived(response, "actions.csv");
        writeActions(actionsCsv, symbol, actions);
        Fetched stored = context.importAs(symbol, response, actionsCsv, imports -> imports.actions(actionsCsv, symbol));
        List<ImportReport> both = new ArrayList<>(bars.imports());
        both.addAll(stored.imports());
        return new Chart(new Fetched(symbol, bars.url(), bars.retrievedAt(), bars.revalidated(), both), actions);
    }

    private static ZoneId zone(JsonNode meta) {
        try {
            return ZoneId.of(meta.path("exchangeTimezoneName").asText("America/New_York"));
        } catch (DateTimeException e) {
            return ZoneId.of("America/New_York");
        }
    }

    /** The bars as Yahoo's own CSV download writes them (null for a missing value). */
    private static void writeBars(Path csv, JsonNode result, ZoneId zone) {
        JsonNode timestamps = result.path("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        JsonNode adjusted = result.path("indicators").path("adjclose").path(0).path("adjclose");
        try (CsvWriter out = CsvWriter.builder().build(csv)) {
            out.writeRecord("Date", "Open", "High", "Low", "Close", "Adj Close", "Volume");
            for (int i = 0; i < timestamps.size(); i++) {
                LocalDate day = Instant.ofEpochSecond(timestamps.get(i).asLong()).atZone(zone).toLocalDate();
                out.writeRecord(day.toString(), value(quote.path("open"), i), value(quote.path("high"), i),
                        value(quote.path("low"), i), value(quote.path("close"), i), value(adjusted, i),
                        value(quote.path("volume"), i));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv, e);
        }
    }

    private static void writeActions(Path csv, String symbol, List<Action> actions) {
        try (CsvWriter out = CsvWriter.builder().build(csv)) {
            out.writeRecord("symbol", "date", "kind", "value", "source");
            for (Action action : actions) {
                out.writeRecord(symbol, action.date().toString(), action.kind().toUpperCase(Locale.ROOT),
                        Double.toString(action.value()), "Yahoo Finance chart API (unofficial)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv, e);
        }
    }

    private static String value(JsonNode values, int i) {
        JsonNode value = values.path(i);
        return value.isNumber() ? value.asText() : "null";
    }

    private static List<Action> actions(JsonNode events, ZoneId zone) {
        List<Action> actions = new ArrayList<>();
        events.path("splits").forEach(split -> actions.add(new Action(day(split, zone), "split",
                split.path("numerator").asDouble() / split.path("denominator").asDouble(1))));
        events.path("dividends").forEach(dividend -> actions.add(new Action(day(dividend, zone), "dividend",
                dividend.path("amount").asDouble())));
        actions.sort((a, b) -> a.date().compareTo(b.date()));
        return actions;
    }

    private static LocalDate day(JsonNode event, ZoneId zone) {
        return Instant.ofEpochSecond(event.path("date").asLong()).atZone(zone).toLocalDate();
    }
}
