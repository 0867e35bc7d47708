package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Continuity of intraday bars (DESIGN: "Continuity"): A has every minute of the sessions of 2025-12-01 and
 * 2025-12-03 but none of 2025-12-02; B has every minute of the three but 10:00..10:04 of 2025-12-01. B closes at
 * twice A, so the two move tick for tick.
 */
class IntradayHolesTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void store() throws IOException {
        StringBuilder csv = new StringBuilder("symbol,timestamp,open,high,low,close,volume\n");
        for (String date : new String[] {"2025-12-01", "2025-12-02", "2025-12-03"}) {
            for (LocalTime time = LocalTime.of(9, 30); time.isBefore(LocalTime.of(16, 0)); time = time.plusMinutes(1)) {
                int minute = (int) java.time.Duration.between(LocalTime.of(9, 30), time).toMinutes();
                double close = 100 + Math.sin(minute * 0.7 + LocalDate.parse(date).getDayOfMonth());
                String ts = date + " " + time;
                if (!date.equals("2025-12-02")) {
                    csv.append(bar("A", ts, close));
                }
                boolean bHole = date.equals("2025-12-01") && !time.isBefore(LocalTime.of(10, 0))
                        && time.isBefore(LocalTime.of(10, 5));
                if (!bHole) {
                    csv.append(bar("B", ts, 2 * close));
                }
            }
        }
        db = dir.resolve("minutes.duckdb").toString();
        Path file = Files.writeString(dir.resolve("minutes.csv"), csv);
        CliRun imported = CliRun.of("--db", db, "import", "bars", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private static String bar(String symbol, String ts, double close) {
        return symbol + "," + ts + "," + close + "," + close + "," + close + "," + close + ",1000\n";
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.on(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json();
    }

    @Test
    void gaps_lists_a_missing_session_and_missing_minutes() throws IOException {
        JsonNode series = json("gaps", "--intraday", "--json").get("series");
        assertThat(series).hasSize(2);
        JsonNode a = series.get(0);
        assertThat(a.get("symbol").asText()).isEqualTo("A");
        assertThat(a.get("bars").asInt()).isEqualTo(2 * 390);
        assertThat(a.get("missing_bars").asInt()).isEqualTo(390);
        JsonNode session = a.get("holes").get(0);
        assertThat(session.get("from").asText()).isEqualTo("2025-12-02T09:30:00-05:00");
        assertThat(session.get("to").asText()).isEqualTo("2025-12-02T15:59:00-05:00");
        assertThat(session.get("sessions").asInt()).isEqualTo(1);
        JsonNode b = series.get(1);
        assertThat(b.get("holes")).hasSize(1);
        assertThat(b.get("holes").get(0).get("from").asText()).isEqualTo("2025-12-01T10:00:00-05:00");
        assertThat(b.get("holes").get(0).get("to").asText()).isEqualTo("2025-12-01T10:04:00-05:00");
        assertThat(b.get("holes").get(0).get("bars").asInt()).isEqualTo(5);
        assertThat(b.get("holes").get(0).get("sessions").asInt()).isZero();
    }

    @Test
    void symbols_counts_the_intraday_holes_of_each_series() throws IOException {
        JsonNode symbols = json("symbols", "--json").get("symbols");
        assertThat(symbols.get(0).get("intraday_holes")).hasSize(1);
        assertThat(symbols.get(1).get("intraday_holes").get(0).get("bars").asInt()).isEqualTo(5);
        assertThat(CliRun.on(db, "symbols").out()).contains("1 (390 bars missing)").contains("1 (5 bars missing)");
    }

    @Test
    void intraday_levels_list_the_holes_since_their_first_touch() throws IOException {
        JsonNode levels = json("levels", "B", "--as-of", "2025-12-03", "--intraday", "--json");
        assertThat(levels.get("levels")).isNotEmpty();
        assertThat(levels.get("minute_holes")).extracting(hole -> hole.get("from").asText())
                .containsExactly("2025-12-01T10:00:00-05:00");
        assertThat(json("levels", "A", "--as-of", "2025-12-01", "--intraday", "--json").get("minute_holes"))
                .as("A's missing session comes after").isEmpty();
    }

    @Test
    void tick_for_tick_correlation_spans_no_hole_and_lists_those_it_met() throws IOException {
        JsonNode corr = json("corr", "A", "B", "--from", "2025-12-01", "--to", "2025-12-03", "--intraday", "--json");
        // 12-01: 389 returns less the 6 that would touch 10:00..10:04; 12-02: none (A has no bar); 12-03: 389
        assertThat(corr.get("observations").asInt()).isEqualTo(389 - 6 + 389);
        assertThat(corr.get("correlation").asDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(corr.get("minute_holes")).extracting(hole -> hole.get("symbol").asText()).containsExactly("A", "B");
        CliRun text = CliRun.on(db, "corr", "A", "B", "--from", "2025-12-03", "--to", "2025-12-03", "--intraday");
        assertThat(text.out()).as("a day without holes names none").doesNotContain("holes in the data");
        CliRun first = CliRun.on(db, "corr", "A", "B", "--from", "2025-12-01", "--to", "2025-12-01", "--intraday");
        assertThat(first.out()).contains("holes in the data").contains("B 2025-12-01T10:00:00-05:00..")
                .doesNotContain("A 2025-12-02");
        JsonNode edge = json("corr", "A", "B", "--from", "2025-12-02", "--to", "2025-12-03", "--intraday", "--json");
        assertThat(edge.get("minute_holes")).as("A's missing session opens the range").hasSize(1);
        assertThat(edge.get("minute_holes").get(0).get("from").asText()).isEqualTo("2025-12-02T09:30:00-05:00");
    }
}
