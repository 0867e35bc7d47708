package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code perf --total-return}: a stock paying a dividend of 2 ex 2026-03-03. Closes 100, 101, 99; the source's
 * adjusted closes (the dividend taken out of the earlier ones, as Yahoo's Adj Close does) 98.02, 99.00, 99.
 */
class TotalReturnTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("store.duckdb").toString();
    }

    private void importBars(String name, String rows) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "Date,Open,High,Low,Close,Adj Close,Volume\n" + rows);
        assertThat(CliRun.on(db(), "import", "bars", file.toString(), "--symbol", "DIV").exitCode()).isZero();
    }

    @Test
    void the_total_return_is_from_adjusted_closes_of_one_import_and_the_price_return_says_it_is_one()
            throws IOException {
        importBars("div.csv", "2026-03-02,100,100,100,100,98.02,1000\n2026-03-03,101,101,101,101,99.00,1000\n"
                + "2026-03-04,99,99,99,99,99,1000\n");
        JsonNode price = CliRun.on(db(), "perf", "DIV", "--from", "2026-03-02", "--to", "2026-03-04", "--json").json();
        assertThat(price.get("basis").asText()).isEqualTo("price");
        assertThat(price.get("rows").get(0).get("return_pct").asDouble()).isCloseTo(-1.0, within(1e-9));
        JsonNode total = CliRun.on(db(), "perf", "DIV", "--from", "2026-03-02", "--to", "2026-03-04", "--total-return",
                "--json").json();
        assertThat(total.get("basis").asText()).isEqualTo("total");
        assertThat(total.get("rows").get(0).get("return_pct").asDouble())
                .isCloseTo((99 / 98.02 - 1) * 100, within(1e-9));
        assertThat(CliRun.on(db(), "perf", "DIV", "--from", "2026-03-02", "--to", "2026-03-04").out())
                .contains("Price return: closes, without dividends");

        // a later download rescales the adjusted history: its bar does not compare with the first import's
        importBars("later.csv", "2026-03-05,99.5,99.5,99.5,99.5,97.1,1000\n");
        CliRun across = CliRun.on(db(), "perf", "DIV", "--from", "2026-03-02", "--to", "2026-03-05", "--total-return");
        assertThat(across.exitCode()).isNotZero();
        assertThat(across.err()).contains("come from different imports");

        Path closeOnly = Files.writeString(dir.resolve("close.csv"), "date,close\n2026-03-06,100\n");
        CliRun.on(db(), "import", "bars", closeOnly.toString(), "--symbol", "DIV");
        CliRun missing = CliRun.on(db(), "perf", "DIV", "--from", "2026-03-05", "--to", "2026-03-06",
                "--total-return");
        assertThat(missing.err()).contains("DIV has no adjusted close on 2026-03-06");
    }

    /**
     * Unadjusted closes with a 2-for-1 split and two dividends: raw closes 200 (03-02), 202 (03-03, ex a dividend of
     * 2), 100 (03-04, ex the split), 99 (03-05, ex a dividend of 1), 100 (03-06). Session by session the total return
     * is 204/200, 2 x 100/202, 100/100, 100/99: together 204/202 x 100/99 - 1; the price return, split undone, 0.
     */
    @Test
    void without_adjusted_closes_the_stored_dividends_are_reinvested_and_the_split_undone() throws IOException {
        Path bars = Files.writeString(dir.resolve("raw.csv"), "date,close\n2026-03-02,200\n2026-03-03,202\n"
                + "2026-03-04,100\n2026-03-05,99\n2026-03-06,100\n");
        assertThat(CliRun.on(db(), "import", "bars", bars.toString(), "--symbol", "RAW").exitCode()).isZero();
        CliRun without = CliRun.on(db(), "perf", "RAW", "--from", "2026-03-02", "--to", "2026-03-06", "--total-return");
        assertThat(without.exitCode()).isNotZero();
        assertThat(without.err()).contains("no stored dividends");

        Path actions = Files.writeString(dir.resolve("actions.csv"), "symbol,date,kind,value\n"
                + "RAW,2026-03-03,DIVIDEND,2\nRAW,2026-03-04,SPLIT,2\nRAW,2026-03-05,DIVIDEND,1\n");
        CliRun imported = CliRun.on(db(), "import", "actions", actions.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        JsonNode price = CliRun.on(db(), "perf", "RAW", "--from", "2026-03-02", "--to", "2026-03-06", "--json").json();
        assertThat(price.get("rows").get(0).get("return_pct").asDouble()).as("split undone").isCloseTo(0, within(1e-9));
        JsonNode total = CliRun.on(db(), "perf", "RAW", "--from", "2026-03-02", "--to", "2026-03-06", "--total-return",
                "--json").json();
        assertThat(total.get("basis").asText()).isEqualTo("total");
        assertThat(total.get("rows").get(0).get("return_pct").asDouble())
                .isCloseTo((204.0 / 202 * 100 / 99 - 1) * 100, within(1e-9));
        JsonNode afterBoth = CliRun.on(db(), "perf", "RAW", "--from", "2026-03-05", "--to", "2026-03-06",
                "--total-return", "--json").json();
        assertThat(afterBoth.get("rows").get(0).get("return_pct").asDouble()).as("the ex-day itself is the start")
                .isCloseTo((100.0 / 99 - 1) * 100, within(1e-9));
    }
}
