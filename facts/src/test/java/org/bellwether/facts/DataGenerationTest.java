package org.bellwether.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import org.bellwether.ingest.BarOptions;
import org.bellwether.ingest.ImportProgress;
import org.bellwether.ingest.Imports;
import org.bellwether.store.MarketStore;
import org.bellwether.store.ParquetExport;
import org.bellwether.store.ResultsImport;
import org.bellwether.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's data generation: bumped by every import that changes data and by nothing else, exported with a
 * dataset, and the condition on which imported results are answered from.
 */
class DataGenerationTest {

    @TempDir
    Path dir;

    private Path bars(String name, String rows) throws IOException {
        return Files.writeString(dir.resolve(name), "symbol,date,close\n" + rows);
    }

    /** A screen result of X against X on 2026-01-05, as bellwether spark screen writes it, with {@code generation}. */
    private Path screenResults(String name, Long generation) throws IOException, SQLException {
        Path folder = Files.createDirectories(dir.resolve(name).resolve("screen"));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("COPY (SELECT DATE '2026-01-05' AS as_of, 'X' AS vs, 'X' AS symbol, 1.0 AS "
                    + "return_mtd_pct, 1.0 AS return_ytd_pct, NULL::DOUBLE AS volatility_20_pct, NULL::DOUBLE AS beta_60, "
                    + "NULL::DOUBLE AS correlation_60, 1 AS records_ytd, NULL::BOOLEAN AS breakout_252) TO '"
                    + folder.resolve("part-0.parquet") + "' (FORMAT parquet)");
        }
        if (generation != null) {
            Files.writeString(folder.resolve(ParquetExport.GENERATION_FILE), generation.toString());
        }
        return folder.getParent();
    }

    @Test
    void imports_that_change_data_bump_it_and_nothing_else_does() throws IOException {
        MarketStore store = MarketStore.at(dir.resolve("g.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        Path file = bars("x.csv", "X,2026-01-02,100\nX,2026-01-05,101\n");
        imports.bars(file, BarOptions.defaults());
        long afterFirst = store.generation();
        imports.bars(file, BarOptions.defaults());
        assertThat(store.generation()).as("a re-import that changes nothing").isEqualTo(afterFirst);
        store.writeState(connection -> connection.createStatement().execute("SELECT 1"));
        assertThat(store.generation()).as("a state write (the alert history)").isEqualTo(afterFirst);
        imports.bars(bars("y.csv", "X,2026-01-06,102\n"), BarOptions.defaults());
        assertThat(store.generation()).isEqualTo(afterFirst + 1);
        ParquetExport.exportDataset(store, Tables.DAILY_BARS, dir.resolve("dataset"));
        assertThat(dir.resolve("dataset/daily_bars").resolve(ParquetExport.GENERATION_FILE))
                .hasContent(Long.toString(afterFirst + 1));
    }

    @Test
    void results_are_answered_from_only_while_the_data_are_those_they_were_computed_from() throws Exception {
        MarketStore store = MarketStore.at(dir.resolve("r.duckdb"));
        Imports imports = new Imports(store, ImportProgress.NONE, false);
        imports.bars(bars("x.csv", "X,2026-01-02,100\nX,2026-01-05,101\n"), BarOptions.defaults());
        MarketData data = new MarketData(store);
        LocalDate asOf = LocalDate.of(2026, 1, 5);
        ResultsImport.importResults(store, screenResults("current", store.generation()), "spark: test");
        assertThat(data.results().screen(asOf, "X")).isPresent();
        imports.bars(bars("later.csv", "X,2026-01-02,99\n"), BarOptions.defaults()); // a correction of a close
        assertThat(data.results().screen(asOf, "X")).as("computed from data since changed").isEmpty();
        ResultsImport.importResults(store, screenResults("again", store.generation()), "spark: test");
        assertThat(data.results().screen(asOf, "X")).isPresent();
        ResultsImport.importResults(store, screenResults("unknown", null), "spark: test");
        assertThat(data.results().screen(asOf, "X")).as("a dataset that did not say its generation").isEmpty();
    }
}
