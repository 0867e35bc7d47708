package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crypto trades round the clock (DESIGN: "Calendar"): BTC-USD (known to the built-in reference) has a daily bar on
 * every day of January 2026 but Saturday the 10th; SOLUSD (crypto by the instruments file) the same bars; SPY
 * (NYSE) every weekday session. ETH-USD has 5-minute bars from 2026-01-10 22:00 to 2026-01-11 02:00 UTC without
 * the bar of 00:30, outside NYSE hours.
 */
class CryptoCalendarTest {

    @TempDir
    static Path dir;

    private static String db;

    @BeforeAll
    static void store() throws IOException {
        StringBuilder daily = new StringBuilder("symbol,date,close\n");
        for (LocalDate date = LocalDate.of(2026, 1, 1); date.isBefore(LocalDate.of(2026, 2, 1)); date = date.plusDays(1)) {
            if (date.getDayOfMonth() != 10) {
                daily.append("BTC-USD,").append(date).append(",90000\n");
                daily.append("SOLUSD,").append(date).append(",140\n");
            }
        }
        StringBuilder minutes = new StringBuilder("symbol,timestamp,open,high,low,close,volume\n");
        Instant end = Instant.parse("2026-01-11T02:00:00Z");
        for (Instant t = Instant.parse("2026-01-10T22:00:00Z"); t.isBefore(end); t = t.plusSeconds(300)) {
            if (!t.equals(Instant.parse("2026-01-11T00:30:00Z"))) {
                minutes.append("ETH-USD,").append(t).append(",3000,3001,2999,3000,1.5\n");
            }
        }
        db = dir.resolve("crypto.duckdb").toString();
        importing("bars", Files.writeString(dir.resolve("daily.csv"), daily));
        importing("bars", Files.writeString(dir.resolve("spy.csv"), "symbol,date,close\nSPY,2026-01-08,690\n"
                + "SPY,2026-01-09,691\nSPY,2026-01-12,692\n"));
        importing("bars", Files.writeString(dir.resolve("eth.csv"), minutes), "--interval", "5m");
        importing("instruments", Files.writeString(dir.resolve("instruments.csv"), "symbol,name,kind\n"
                + "SOLUSD,Solana,CRYPTO\n"));
    }

    private static void importing(String table, Path file, String... options) {
        String[] args = new String[5 + options.length];
        System.arraycopy(new String[] {"--db", db, "import", table, file.toString()}, 0, args, 0, 5);
        System.arraycopy(options, 0, args, 5, options.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static JsonNode json(String... args) throws IOException {
        CliRun run = CliRun.on(db, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.json();
    }

    private static JsonNode series(JsonNode all, String symbol) {
        for (JsonNode one : all) {
            if (one.get("symbol").asText().equals(symbol)) {
                return one;
            }
        }
        throw new AssertionError(symbol + " not in " + all);
    }

    @Test
    void a_missing_saturday_of_crypto_is_a_hole_judged_by_the_24_7_calendar() throws IOException {
        JsonNode all = json("gaps", "--as-of", "2026-02-03", "--json").get("series");
        for (String crypto : new String[] {"BTC-USD", "SOLUSD"}) {
            JsonNode one = series(all, crypto);
            assertThat(one.get("calendar").asText()).isEqualTo("24/7");
            assertThat(one.get("holes")).hasSize(1);
            assertThat(one.get("holes").get(0).get("from").asText()).isEqualTo("2026-01-10");
            assertThat(one.get("holes").get(0).get("sessions").asInt()).isEqualTo(1);
            assertThat(one.get("stale_since").isNull()).as("three days old").isTrue();
        }
        JsonNode spy = series(all, "SPY");
        assertThat(spy.get("calendar").asText()).isEqualTo("XNYS");
        assertThat(spy.get("holes")).as("the weekend is no hole on the NYSE").isEmpty();
        assertThat(spy.get("stale_since").asText()).as("more than five sessions before 2026-02-03")
                .isEqualTo("2026-01-12");
    }

    @Test
    void a_change_across_the_missing_day_names_it() throws IOException {
        JsonNode row = json("perf", "BTC-USD", "--from", "2026-01-09", "--to", "2026-01-11", "--json").get("rows").get(0);
        assertThat(row.get("holes")).hasSize(1);
        assertThat(row.get("holes").get(0).get("from").asText()).isEqualTo("2026-01-10");
        assertThat(json("perf", "SOLUSD", "--from", "2026-01-12", "--to", "2026-01-19", "--json").get("rows").get(0)
                .get("holes")).as("a whole week of SOLUSD").isEmpty();
    }

    @Test
    void crypto_minute_bars_are_judged_through_the_night() throws IOException {
        JsonNode eth = series(json("gaps", "--intraday", "--json").get("series"), "ETH-USD");
        assertThat(eth.get("calendar").asText()).isEqualTo("24/7");
        assertThat(eth.get("bars").asInt()).isEqualTo(47);
        assertThat(eth.get("holes")).hasSize(1);
        assertThat(eth.get("holes").get(0).get("from").asText()).isEqualTo("2026-01-11T00:30:00Z");
        assertThat(eth.get("holes").get(0).get("bars").asInt()).isEqualTo(1);
    }
}
