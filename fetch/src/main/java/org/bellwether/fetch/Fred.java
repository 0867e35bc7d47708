package org.bellwether.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.bellwether.ingest.MacroUnits;

/**
 * FRED, the St. Louis Fed's economic data: without a key the graph CSV ({@code /graph/fredgraph.csv?id=DGS10},
 * header {@code observation_date,DGS10}, formerly {@code DATE,DGS10}); with an API key the API's observations
 * ({@code /fred/series/observations}, JSON), optionally every vintage (ALFRED's real-time periods, whose starts are
 * the days each value was published), and the series' unit from {@code /fred/series}.
 */
public final class Fred {

    /** Where the graph CSV is served. */
    public static final String GRAPH_BASE = "https://fred.stlouisfed.org";
    /** Where the API is served. */
    public static final String API_BASE = "https://api.stlouisfed.org";
    /** FRED serves 120 requests a minute per key; two a second stays under it. */
    public static final int REQUESTS_PER_SECOND = 2;

    private static final Set<String> SECRETS = Set.of("api_key");
    /** Every vintage: ALFRED's real-time period from the start of its records to the end of time. */
    private static final String ALL_VINTAGES = "&realtime_start=1776-07-04&realtime_end=9999-12-31";

    private Fred() {
    }

    /** Series {@code id} from the graph CSV, observations from {@code from} (null: all). */
    public static Fetched graph(FetchContext context, String id, LocalDate from, MacroUnits units) {
        HttpSource.Response response = context.get("/graph/fredgraph.csv?id=" + encode(id)
                + (from == null ? "" : "&cosd=" + from), Set.of());
        String text = response.text();
        String header = text.lines().findFirst().orElse("").replace("\uFEFF", "").strip();
        String dateColumn = header.split(",", 2)[0].toLowerCase(Locale.ROOT);
        if (!dateColumn.equals("observation_date") && !dateColumn.equals("date")) {
            throw new FetchException(response.url() + ": FRED answered with " + Sources.describeBody(text)
                    + ", not a series CSV (header observation_date," + id + "); is " + id + " a FRED series id?");
        }
        return context.importAs(id, response, response.body(), imports -> imports.macro(response.body(), id, units));
    }

    /**
     * Series {@code id} from the API with {@code apiKey}; with {@code vintages} every value ever published, each
     * with the day it was (otherwise the current values, published per the series' release lag).
     */
    public static Fetched api(FetchContext context, String id, String apiKey, boolean vintages, LocalDate from,
            MacroUnits units) {
        String key = "&api_key=" + encode(apiKey) + "&file_type=json";
        String unit = units.of(id) != null ? null : unitOf(context, id, key);
        HttpSource.Response response = context.get("/fred/series/observations?series_id=" + encode(id) + key
                + (from == null ? "" : "&observation_start=" + from) + (vintages ? ALL_VINTAGES : ""), SECRETS);
        JsonNode observations = Sources.json(response).path("observations");
        if (!observations.isArray()) {
            throw new FetchException(response.url() + ": FRED's answer has no observations array; "
                    + Sources.describeBody(response.text()));
        }
        Path csv = Sources.derived(response, "csv");
        try (CsvWriter out = CsvWriter.builder().build(csv)) {
            out.writeRecord(vintages ? new String[] {"date", "realtime_start", "value"} : new String[] {"date", "value"});
            for (JsonNode observation : observations) {
                String value = observation.path("value").asText("");
                String date = observation.path("date").asText("");
                if (vintages) {
                    out.writeRecord(date, observation.path("realtime_start").asText(""), value);
                } else {
                    out.writeRecord(date, value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + csv, e);
        }
        MacroUnits withUnit = unit == null ? units : new MacroUnits(unit, units.byColumn(), units.reference());
        return context.importAs(id, response, csv, imports -> imports.macro(csv, id, withUnit));
    }

    /** The series' unit as FRED names it, in the store's words ("Percent" is percent), or null. */
    private static String unitOf(FetchContext context, String id, String key) {
        HttpSource.Response response = context.get("/fred/series?series_id=" + encode(id) + key, SECRETS);
        String units = Sources.json(response).path("seriess").path(0).path("units").asText("").strip();
        if (units.isEmpty()) {
            return null;
        }
        return units.toLowerCase(Locale.ROOT).startsWith("percent") ? "percent" : units;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
