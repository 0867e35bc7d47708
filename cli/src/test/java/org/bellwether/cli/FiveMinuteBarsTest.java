package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Intraday facts on a store of 5-minute bars only: 78 bars a session, B always twice A. */
class FiveMinuteBarsTest {

    @TempDir
    Path dir;

    @Test
    void intraday_kernels_take_the_bars_the_store_has() throws IOException {
        StringBuilder csv = new StringBuilder("symbol,timestamp,open,high,low,close,volume\n");
        for (String date : new String[] {"2025-12-01", "2025-12-02"}) {
            int bar = 0;
            for (LocalTime time = LocalTime.of(9, 30); time.isBefore(LocalTime.of(16, 0)); time = time.plusMinutes(5)) {
                double close = 100 + Math.sin(bar++ * 0.9);
                for (String symbol : new String[] {"A", "B"}) {
                    double price = symbol.equals("A") ? close : 2 * close;
                    csv.append(symbol).append(',').append(date).append(' ').append(time).append(',').append(price)
                            .append(',').append(price).append(',').append(price).append(',').append(price)
                            .append(",1000\n");
                }
            }
        }
        String db = dir.resolve("five.duckdb").toString();
        Path file = Files.writeString(dir.resolve("five.csv"), csv);
        CliRun imported = CliRun.on(db, "import", "bars", file.toString(), "--interval", "5m");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        CliRun corr = CliRun.on(db, "corr", "A", "B", "--from", "2025-12-01", "--to", "2025-12-02", "--intraday",
                "--json");
        assertThat(corr.exitCode()).as(corr.err()).isZero();
        JsonNode result = corr.json();
        assertThat(result.get("observations").asInt()).as("77 consecutive 5-minute returns a session").isEqualTo(2 * 77);
        assertThat(result.get("correlation").asDouble()).isCloseTo(1.0, within(1e-12));

        CliRun levels = CliRun.on(db, "levels", "A", "--as-of", "2025-12-02", "--intraday", "--json");
        assertThat(levels.exitCode()).as(levels.err()).isZero();
    }
}
